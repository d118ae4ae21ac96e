package io.ardesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** ARdesk: the accounts-receivable portal for outsourced medical-billing firms. */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
public class ArdeskApplication {

	public static void main(String[] args) {
		SpringApplication.run(ArdeskApplication.class, args);
	}

}
