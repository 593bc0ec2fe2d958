package vn.cdtt.engine;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a delegate that starts instances of another model (the fan-out idiom: one child process per commune or
 * reporting unit, never a multi-instance). It lives in the child model's {@code flow} package, though the parent's
 * model names it; {@code ModelWiringTest} reads the mark to know which model starts which.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ChildStarter {
}
