/** The application's users and their roles; passwords are kept only as bcrypt hashes. */
package fi.valvonta.model.security;
