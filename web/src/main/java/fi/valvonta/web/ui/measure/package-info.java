/** UI of measures and formal decisions: the register and ladder, drafting, deciding, serving and follow-up. */
package fi.valvonta.web.ui.measure;
