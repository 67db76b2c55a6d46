package io.casehall.shared.web;

import jakarta.validation.constraints.Size;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The declared length limits of a form class: {@code @Size(max = N)} on its text fields, and on the text
 * fields of the row class of its list fields, as binder property paths without indexes ({@code remark},
 * {@code items.remark}) — the form Spring's binder matches {@code items[3].remark} against.
 */
final class FieldLimits {

    private static final int MAX_DEPTH = 2;
    private static final Map<Class<?>, Map<String, Integer>> CACHE = new ConcurrentHashMap<>();

    private FieldLimits() {
    }

    static Map<String, Integer> of(Class<?> formType) {
        return CACHE.computeIfAbsent(formType, type -> {
            Map<String, Integer> limits = new LinkedHashMap<>();
            collect(type, "", 0, limits);
            return Map.copyOf(limits);
        });
    }

    private static void collect(Class<?> type, String prefix, int depth, Map<String, Integer> limits) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                Size size = field.getAnnotation(Size.class);
                Class<?> element = elementType(field);
                if (size != null && size.max() < Integer.MAX_VALUE && (field.getType() == String.class || element == String.class)) {
                    limits.putIfAbsent(prefix + field.getName(), size.max());
                } else if (element != null && depth < MAX_DEPTH && isFormClass(element)) {
                    collect(element, prefix + field.getName() + ".", depth + 1, limits);
                }
            }
        }
    }

    /** The element class of a {@code List<X>} field; null for other fields. */
    private static Class<?> elementType(Field field) {
        if (!Collection.class.isAssignableFrom(field.getType())
                || !(field.getGenericType() instanceof ParameterizedType parameterized)) {
            return null;
        }
        Type argument = parameterized.getActualTypeArguments()[0];
        return argument instanceof Class<?> c ? c : null;
    }

    private static boolean isFormClass(Class<?> type) {
        return !type.isEnum() && !type.isPrimitive() && type.getPackageName().startsWith("io.casehall");
    }
}
