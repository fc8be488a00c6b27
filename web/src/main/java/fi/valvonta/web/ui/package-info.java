/** JSF backing beans of the PrimeFaces views. Text comes from the bundles in fi.valvonta.web.i18n. */
package fi.valvonta.web.ui;
