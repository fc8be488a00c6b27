/** Authentication against the user table (bcrypt) and user administration. */
package fi.valvonta.ejb.user;
