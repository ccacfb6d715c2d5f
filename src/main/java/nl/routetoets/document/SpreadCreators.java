package nl.routetoets.document;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import tools.jackson.core.Version;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.ValueInstantiators;
import tools.jackson.databind.deser.std.StdValueInstantiator;
import tools.jackson.databind.introspect.AnnotatedWithParams;

/**
 * Calls the constructors of the records a document is read into through a handle adapted once.
 * Jackson 3.1 calls them with {@code MethodHandle.invokeWithArguments}, which adapts the handle
 * anew on every call: a twentieth of the time of reading a trajectory line. Whatever the adapted
 * handle cannot do (a constructor that throws, a null for a primitive) is left to Jackson's own
 * call, so errors read as before.
 */
final class SpreadCreators extends JacksonModule {
  @Override
  public String getModuleName() {
    return "routetoets-spread-creators";
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public void setupModule(SetupContext context) {
    context.addValueInstantiators(new ValueInstantiators.Base() {
      @Override
      public ValueInstantiator modifyValueInstantiator(
          DeserializationConfig config, BeanDescription.Supplier bean, ValueInstantiator standard) {
        return standard.getClass() == StdValueInstantiator.class && standard.canCreateFromObjectWith()
            ? new Spread((StdValueInstantiator) standard)
            : standard;
      }
    });
  }

  private static final class Spread extends StdValueInstantiator {
    /** The creator as {@code (Object[]) -> Object}; null when it is not a public constructor. */
    private final transient MethodHandle creator;

    Spread(StdValueInstantiator standard) {
      super(standard);
      this.creator = spread(_withArgsCreator);
    }

    private static MethodHandle spread(AnnotatedWithParams creator) {
      if (creator == null || !(creator.getAnnotated() instanceof Constructor<?> constructor)) {
        return null;
      }
      try {
        return MethodHandles.publicLookup().unreflectConstructor(constructor)
            .asSpreader(Object[].class, constructor.getParameterCount())
            .asType(MethodType.methodType(Object.class, Object[].class));
      } catch (IllegalAccessException | IllegalArgumentException e) {
        return null;
      }
    }

    @Override
    public Object createFromObjectWith(DeserializationContext ctxt, Object[] args) {
      if (creator != null) {
        try {
          return (Object) creator.invokeExact(args);
        } catch (Throwable e) {
          // fall through: Jackson's own call fails the same way and words the error as it always did
        }
      }
      return super.createFromObjectWith(ctxt, args);
    }
  }
}
