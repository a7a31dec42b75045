package org.opendisclosure.render;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Node;

import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

/**
 * FreeMarker's default object wrapper, with a faster way into the page view models. Pages are
 * records, and templates read them the same few ways on every one of a city's 170,000 pages
 * ({@code c.text()}, {@code row.cells()}); FreeMarker's bean wrapper looks each read up through
 * its class introspection, calls it by reflection and builds a bean model per record, which was
 * a fifth of a page's rendering. Here a public record's public no-argument methods are looked up
 * once per class and called through method handles; everything else — a method that takes
 * arguments, a key the record does not have, any other type — is left to the default wrapper, so
 * templates see the same values either way (the bundled site renders byte for byte the same).
 */
final class ViewModelWrapper extends DefaultObjectWrapper {

    private final ClassValue<Accessors> accessors = new ClassValue<>() {
        @Override
        protected Accessors computeValue(Class<?> type) {
            return Accessors.of(type);
        }
    };

    ViewModelWrapper() {
        super(Configuration.VERSION_2_3_33);
        setExposeFields(false);
        writeProtect();
    }

    /**
     * Records and strings, which are nearly every value a page reads, are wrapped here without
     * the default wrapper's chain of type tests (a tenth of the templates' time at city scale);
     * anything else, and a record the default wrapper would see as something else (a template
     * model, collection, map, iterator, enumeration, iterable or DOM node), goes the default way.
     */
    @Override
    public TemplateModel wrap(Object object) throws TemplateModelException {
        if (object instanceof String text) {
            return new SimpleScalar(text);
        }
        if (object instanceof Record) {
            Accessors of = accessors.get(object.getClass());
            if (of != null && of.plain()) {
                return new RecordModel(object, of, this);
            }
        }
        return super.wrap(object);
    }

    @Override
    protected TemplateModel handleUnknownType(Object object) throws TemplateModelException {
        Accessors of = accessors.get(object.getClass());
        return of == null ? super.handleUnknownType(object) : new RecordModel(object, of, this);
    }

    /** Wraps as the default wrapper would: the fallback for what a record model does not serve itself. */
    TemplateModel wrapAsBean(Object object) throws TemplateModelException {
        return super.handleUnknownType(object);
    }

    /**
     * A record class's public no-argument methods by name, or null for a type that is not a public
     * record; {@code plain} when the default wrapper would treat the record as an unknown type, so
     * that {@link #wrap} may skip its type tests.
     */
    private record Accessors(Map<String, MethodHandle> byName, boolean plain) {

        /** What the default wrapper tells apart before it calls {@code handleUnknownType}. */
        private static final List<Class<?>> WRAPPED_OTHERWISE = List.of(TemplateModel.class, Collection.class,
                Map.class, Iterator.class, Enumeration.class, Iterable.class, Node.class);

        static Accessors of(Class<?> type) {
            if (!type.isRecord() || !Modifier.isPublic(type.getModifiers())) {
                return null;
            }
            Map<String, MethodHandle> byName = new HashMap<>();
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            try {
                for (Method method : type.getMethods()) {
                    if (method.getParameterCount() == 0 && method.getReturnType() != void.class
                            && !Modifier.isStatic(method.getModifiers())
                            && method.getDeclaringClass() != Object.class && !method.isBridge()) {
                        byName.put(method.getName(), lookup.unreflect(method)
                                .asType(MethodType.methodType(Object.class, Object.class)));
                    }
                }
            } catch (IllegalAccessException notPublic) {
                return null; // a public record in a package that is not open to us: the default wrapper decides
            }
            boolean plain = WRAPPED_OTHERWISE.stream().noneMatch(kind -> kind.isAssignableFrom(type));
            return new Accessors(Map.copyOf(byName), plain);
        }
    }

    /**
     * A record as a hash: {@code r.name} is the value, {@code r.name()} calls the accessor, as with
     * the default wrapper; other keys go to the bean model, made only when one is asked for.
     */
    private static final class RecordModel implements MethodCallAwareTemplateHashModel, WrapperTemplateModel,
            AdapterTemplateModel {

        private final Object record;
        private final Accessors accessors;
        private final ViewModelWrapper wrapper;
        private TemplateHashModel bean;

        RecordModel(Object record, Accessors accessors, ViewModelWrapper wrapper) {
            this.record = record;
            this.accessors = accessors;
            this.wrapper = wrapper;
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            MethodHandle accessor = accessors.byName().get(key);
            return accessor == null ? bean().get(key) : call(accessor);
        }

        @Override
        public TemplateModel getBeforeMethodCall(String key)
                throws TemplateModelException, ShouldNotBeGetAsMethodException {
            MethodHandle accessor = accessors.byName().get(key);
            if (accessor == null) {
                TemplateHashModel fallback = bean();
                return fallback instanceof MethodCallAwareTemplateHashModel aware
                        ? aware.getBeforeMethodCall(key) : fallback.get(key);
            }
            return (TemplateMethodModelEx) arguments -> {
                if (!arguments.isEmpty()) {
                    throw new TemplateModelException(key + "() 不接受参数，模板传了 " + arguments.size() + " 个");
                }
                return call(accessor);
            };
        }

        private TemplateModel call(MethodHandle accessor) throws TemplateModelException {
            Object value;
            try {
                value = (Object) accessor.invokeExact(record);
            } catch (Error e) {
                throw e;
            } catch (Throwable e) {
                throw new TemplateModelException(e);
            }
            return wrapper.wrap(value);
        }

        private TemplateHashModel bean() throws TemplateModelException {
            if (bean == null) {
                bean = (TemplateHashModel) wrapper.wrapAsBean(record);
            }
            return bean;
        }

        @Override
        public boolean isEmpty() {
            return false; // as the bean model says of any object that is not a string, collection, map or false
        }

        @Override
        public Object getWrappedObject() {
            return record;
        }

        @Override
        public Object getAdaptedObject(Class<?> hint) {
            return record;
        }
    }
}
