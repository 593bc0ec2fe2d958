package vn.cdtt;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CdttApplication {

    public static void main(String[] args) {
        SpringApplication.run(CdttApplication.class, args);
    }
}
