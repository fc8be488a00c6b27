/** The indicators page: edit indicators and import them or signals as CSV. */
package fi.valvonta.web.ui.risk;
