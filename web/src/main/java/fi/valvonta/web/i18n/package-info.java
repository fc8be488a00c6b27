/**
 * The one bundle of texts (fi, sv, en) and how a text is looked up in it, for the views and for the REST
 * API's problem details alike.
 */
package fi.valvonta.web.i18n;
