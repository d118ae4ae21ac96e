package io.ardesk.security;

import java.util.Set;

import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.AsUser;
import io.ardesk.test.IntegrationTestSupport;
import io.ardesk.tenancy.ClientId;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who hears about a client (the jobs' recipients) follows the users page at once: the
 * team is answered from memory, so every change must show in the next answer.
 */
@ArdeskIntegrationTest
class ClientTeamIntegrationTest extends IntegrationTestSupport {

	static final ClientId ORTHO = ClientId.of("lakeview-ortho");

	static final ClientId FAMILY = ClientId.of("northside-family");

	@Autowired
	ClientTeam team;

	@Autowired
	UserAdministration users;

	@Test
	void aNewAssignmentAReassignmentAndADisabledUserShowInTheNextAnswer() {
		// asked first, so that a remembered answer exists before the changes
		assertThat(this.team.accountManagersOf(ORTHO)).doesNotContain("team.manager");

		admin(() -> this.users.create(new UserAdministration.NewUser("team.manager", "Team Manager",
				Role.ACCOUNT_MANAGER, "Team-Manager-Pass-2027", null, Set.of(ORTHO))));
		assertThat(this.team.accountManagersOf(ORTHO)).contains("team.manager");
		assertThat(this.team.accountManagersOf(FAMILY)).doesNotContain("team.manager");
		assertThat(this.team.staff()).anySatisfy((member) -> {
			assertThat(member.username()).isEqualTo("team.manager");
			assertThat(member.works(ORTHO)).isTrue();
		});

		admin(() -> this.users.assign("team.manager", Set.of(FAMILY)));
		assertThat(this.team.accountManagersOf(ORTHO)).doesNotContain("team.manager");
		assertThat(this.team.accountManagersOf(FAMILY)).contains("team.manager");

		admin(() -> this.users.setEnabled("team.manager", false));
		assertThat(this.team.accountManagersOf(FAMILY)).doesNotContain("team.manager");
		assertThat(this.team.staff()).noneMatch((member) -> member.username().equals("team.manager"));

		admin(() -> this.users.setEnabled("team.manager", true));
		assertThat(this.team.accountManagersOf(FAMILY)).contains("team.manager");
	}

	@Test
	void specialistsAndAdministratorsAreAnsweredByRole() {
		admin(() -> this.users.create(new UserAdministration.NewUser("team.specialist", "Team Specialist",
				Role.AR_SPECIALIST, "Team-Specialist-Pass-2027", null, Set.of(ORTHO))));
		assertThat(this.team.specialistsOf(ORTHO)).contains("team.specialist");
		assertThat(this.team.accountManagersOf(ORTHO)).doesNotContain("team.specialist");
		assertThat(this.team.firmAdministrators()).doesNotContain("team.specialist").isNotEmpty();
		assertThat(this.team.specialistsOf(ORTHO)).isSorted();
	}

	private static void admin(Runnable work) {
		AsUser.run("admin", "FIRM_ADMIN", work);
	}

}
