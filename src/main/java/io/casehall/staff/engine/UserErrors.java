package io.casehall.staff.engine;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Lets a person's mistake reach the caller as what it is. The engine wraps an exception thrown by a task
 * listener in "ENGINE-03051 There was an exception while invoking the TaskListener", and reports a forbidden
 * variable format or a password outside the policy as a generic engine failure: the REST API and Tasklist then
 * answer 500 and the engine logs an ERROR with a stack trace. Running inside the command context, this
 * interceptor hands on the {@link BadUserRequestException} underneath (or makes one), so the engine logs it at
 * debug level, and remembers the message for {@link UserErrorResponses}, which makes the answer a 400.
 */
class UserErrors extends CommandInterceptor {

    static final String JAVA_SERIALIZATION = "Java serialization format is prohibited";
    static final String PASSWORD_POLICY = "Password does not match policy";

    @Override
    public <T> T execute(Command<T> command) {
        try {
            return next.execute(command);
        } catch (ProcessEngineException e) {
            ProcessEngineException translated = translate(e);
            if (translated instanceof BadUserRequestException) {
                UserErrorResponses.record(translated.getMessage());
            }
            throw translated;
        }
    }

    static ProcessEngineException translate(ProcessEngineException e) {
        if (e instanceof BadUserRequestException) {
            return e;
        }
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof BadUserRequestException userError) {
                return userError;
            }
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains(JAVA_SERIALIZATION)) {
            return new BadUserRequestException("变量不能使用 Java 序列化格式，请使用 JSON 或基本类型。"
                    + " Java serialization is not accepted for variables; use JSON or a primitive type.");
        }
        if (message.equals(PASSWORD_POLICY)) {
            return new BadUserRequestException(StaffPasswordPolicy.DESCRIPTION);
        }
        return e;
    }
}
