/** REST: the caller, and the authentication guard of the API. */
package fi.valvonta.web.api.security;
