package io.casehall.staff;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Staff accounts created at start: the administrator always, and in the demo profile one account per
 * role so a newcomer can walk every queue.
 */
@ConfigurationProperties(prefix = "casehall")
public record StaffDirectoryProperties(Admin admin, Demo demo) {

    public StaffDirectoryProperties {
        admin = admin == null ? new Admin(null) : admin;
        demo = demo == null ? new Demo(List.of()) : demo;
    }

    /** The built-in administrator; a blank password means "generate one on first start". */
    public record Admin(String password) {
    }

    public record Demo(List<DemoStaff> staff) {
        public Demo {
            staff = staff == null ? List.of() : staff;
        }
    }

    public record DemoStaff(String id, String name, String password, List<String> groups) {
    }
}
