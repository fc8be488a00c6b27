package fi.valvonta.web.api.intake;

import jakarta.ws.rs.NameBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A public JSON call whose body is limited to {@code valvonta.public.json-max-bytes} ({@link PublicBodyLimitFilter}). */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface PublicBodyLimit {
}
