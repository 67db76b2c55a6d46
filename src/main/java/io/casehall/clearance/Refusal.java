package io.casehall.clearance;

import java.util.List;

/**
 * Why one student of a batch was not processed: a message key of the bundle {@code i18n/checkpoints} with
 * its arguments (resolve it with {@code Messages.get(messageKey, args.toArray())}).
 */
public record Refusal(long studentId, String studentNo, String fullName, String messageKey, List<Object> args) {

    public Refusal {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public Object[] argsArray() {
        return args.toArray();
    }
}
