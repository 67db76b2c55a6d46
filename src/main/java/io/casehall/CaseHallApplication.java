package io.casehall;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CaseHallApplication {

    public static void main(String[] args) {
        SpringApplication.run(CaseHallApplication.class, args);
    }
}
