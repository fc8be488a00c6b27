/** REST: the e-mail intake queue, and the public e-service (complaint form and status links) open to anyone. */
package fi.valvonta.web.api.intake;
