/**
 * The REST API at /valvonta/api/v1: JSON-B representations, Bean Validation, and RFC 9457
 * problem+json for every error through ExceptionMappers (resources never catch).
 */
package fi.valvonta.web.api;
