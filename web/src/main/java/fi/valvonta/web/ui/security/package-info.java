/** Sign-in and the signed-in user. */
package fi.valvonta.web.ui.security;
