/** Authentication against the user table (bcrypt) and the user directory. */
package fi.valvonta.ejb.security;
