package io.casehall.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The audit log page names what it lists: every action and object type that a literal {@code AuditLog.record} call
 * in the application writes has a label in Chinese and in English (i18n/audit), so the page's filters offer it and
 * an administrator reads 提交留学存档申请, not DEPOSIT_SUBMITTED.
 */
class AuditLabelsTest {

    /** record(actor?, "ACTION", "object-type", …): the action and the object type as literals. */
    private static final Pattern RECORD = Pattern.compile(
            "\\.record\\(\\s*(?:[^\"();]+(?:\\([^()]*\\))?\\s*,\\s*)?\"([A-Z][A-Z_]+)\"\\s*,\\s*\"([a-z][a-z_-]+)\"");

    @Test
    void everyRecordedActionAndObjectTypeHasALabelInBothLanguages() throws IOException {
        Set<String> actions = new TreeSet<>();
        Set<String> objectTypes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = RECORD.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    actions.add(m.group(1));
                    objectTypes.add(m.group(2));
                }
            }
        }
        assertThat(actions).as("the scan finds the application's audit calls").hasSizeGreaterThan(40);
        ResourceBundle chinese = ResourceBundle.getBundle("i18n/audit", Locale.ROOT);
        ResourceBundle english = ResourceBundle.getBundle("i18n/audit", Locale.ENGLISH);
        assertThat(actions.stream().filter(a -> !chinese.containsKey("staff.audit.action." + a)))
                .as("actions without a label").isEmpty();
        assertThat(objectTypes.stream().filter(t -> !chinese.containsKey("staff.audit.object." + t)))
                .as("object types without a label").isEmpty();
        assertThat(english.keySet()).as("English labels the same codes").isEqualTo(chinese.keySet());
        assertThat(english.getString("staff.audit.action.DEPOSIT_SUBMITTED")).isEqualTo("Deposit application submitted");
    }
}
