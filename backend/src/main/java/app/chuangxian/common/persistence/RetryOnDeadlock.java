package app.chuangxian.common.persistence;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a transactional method again, from the start and in a new transaction, when the database chose it as the
 * victim of a deadlock or it waited too long for a lock: two writers that touch the same rows in a different order
 * then both succeed instead of one answering 500. Goes outside {@code @Transactional} (see {@link DeadlockRetry}).
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface RetryOnDeadlock {}
