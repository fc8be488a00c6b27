/**
 * Views of measures: the register and ladder, drafting, and the measure page rendering its allowed actions.
 */
package fi.valvonta.web.ui.measure;
