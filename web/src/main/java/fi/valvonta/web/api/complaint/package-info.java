/** REST: the complaints register and its statistics. */
package fi.valvonta.web.api.complaint;
