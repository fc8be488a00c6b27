/** REST: the e-mail intake queue. */
package fi.valvonta.web.api.intake;
