/** REST resources of notifications by e-mail: the daily digest of deadlines run on demand. */
package fi.valvonta.web.api.notification;
