/**
 * What every feature shares: the business exception hierarchy, case numbers, languages, the
 * supervision dimensions, Finnish working days and the one closed-day rule of deadlines, the
 * presentation procedure, the controllable clock setting and the agency's configurable names.
 */
package fi.valvonta.model.platform;
