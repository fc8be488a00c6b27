/**
 * The REST API at /valvonta/api/v1: the application, RFC 9457 problem+json for every error through
 * ExceptionMappers (resources never catch), system facts and the application's clock.
 */
package fi.valvonta.web.api.platform;
