package io.casehall.staff.engine;

import java.util.AbstractMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.ListableBeanFactory;

/**
 * The beans a BPMN or DMN expression may name: delegates and listeners (what {@code delegateExpression} and
 * listener expressions are for) and the few helpers listed in {@code casehall.engine.model-beans} (such as
 * {@code workingCalendar} for due dates). Bean names are looked up lazily and instances fetched on use, so the
 * engine can be built before the delegates that depend on its services.
 */
class ModelBeans extends AbstractMap<Object, Object> {

    private static final List<Class<?>> MODEL_TYPES = List.of(JavaDelegate.class, TaskListener.class,
            ExecutionListener.class);

    private final ListableBeanFactory beanFactory;
    private final Set<String> extraNames;
    private volatile Set<String> names;

    ModelBeans(ListableBeanFactory beanFactory, Set<String> extraNames) {
        this.beanFactory = beanFactory;
        this.extraNames = Set.copyOf(extraNames);
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String name && names().contains(name);
    }

    @Override
    public Object get(Object key) {
        return containsKey(key) ? beanFactory.getBean((String) key) : null;
    }

    @Override
    public Set<Entry<Object, Object>> entrySet() {
        return names().stream().map(name -> Map.entry((Object) name, beanFactory.getBean(name)))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    Set<String> names() {
        Set<String> known = names;
        if (known == null) {
            Set<String> collected = new LinkedHashSet<>();
            for (Class<?> type : MODEL_TYPES) {
                collected.addAll(List.of(beanFactory.getBeanNamesForType(type, true, false)));
            }
            extraNames.stream().filter(beanFactory::containsBean).forEach(collected::add);
            known = Set.copyOf(collected);
            names = known;
        }
        return known;
    }
}
