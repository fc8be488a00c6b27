package fi.valvonta.web.ui.platform;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;

import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Method calls in EL ({@code #{c.caseNumber()}}, {@code #{formats.date(d)}}, {@code 'a.'.concat(s)}) with the method
 * looked up once per class, name and number of arguments. EL 5's BeanELResolver calls {@code Class.getMethods()} on
 * every call, which copies every public method of the class: on the complaint list, a dozen calls a row made half
 * of what a page allocated. Only a call this resolver can settle alone is taken — one public, non-bridge, non-varargs
 * method of that name and arity, declared by a public type — anything else (overloads, varargs, explicit parameter
 * types) goes on to BeanELResolver as before. Arguments are coerced to the parameter types as EL coerces them.
 */
public class MethodCallELResolver extends ELResolver {

    private static final ClassValue<Map<String, Optional<Method>>> METHODS = new ClassValue<>() {
        @Override
        protected Map<String, Optional<Method>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || method == null || paramTypes != null) {
            return null;
        }
        Object[] args = params == null ? new Object[0] : params;
        Optional<Method> found = METHODS.get(base.getClass())
                .computeIfAbsent(method + "/" + args.length, key -> only(base.getClass(), method.toString(), args.length));
        if (found.isEmpty()) {
            return null;
        }
        Method m = found.get();
        Class<?>[] types = m.getParameterTypes();
        Object[] coerced = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            coerced[i] = fits(args[i], types[i]) ? args[i] : context.convertToType(args[i], types[i]);
        }
        try {
            Object result = m.invoke(base, coerced);
            context.setPropertyResolved(base, method);
            return result;
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new ELException(e);
        }
    }

    /** The one method a call of {@code name} with {@code arity} arguments can mean, when there is exactly one. */
    static Optional<Method> only(Class<?> type, String name, int arity) {
        List<Method> candidates = Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(name) && m.getParameterCount() == arity && !m.isBridge() && !m.isVarArgs())
                .toList();
        if (candidates.size() != 1 || !Modifier.isPublic(candidates.get(0).getDeclaringClass().getModifiers())) {
            return Optional.empty();
        }
        return Optional.of(candidates.get(0));
    }

    private static boolean fits(Object arg, Class<?> type) {
        if (type.isPrimitive()) {
            return arg != null && MethodType.methodType(type).wrap().returnType().isInstance(arg);
        }
        return arg == null || type.isInstance(arg);
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // properties are BeanELResolver's
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
