package io.casehall.staff.engine;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Outside the command context: a task completion refused as a person's mistake leaves the engine as the form
 * validation failure it is. The REST API's complete and submit-form resources then answer 400 (and log it at
 * debug level) instead of a 500 with a warning and a stack trace. The refusal stays the cause.
 */
class TaskFormRefusals extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
        try {
            return next.execute(command);
        } catch (BadUserRequestException refusal) {
            if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd) {
                throw new FormFieldValidationException(null, refusal.getMessage(), refusal);
            }
            throw refusal;
        }
    }
}
