/** UI: the registrars' e-mail queue and the page that registers a message as a complaint. */
package fi.valvonta.web.ui.intake;
