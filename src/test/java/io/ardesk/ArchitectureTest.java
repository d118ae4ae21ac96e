package io.ardesk;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.Source;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;
import io.ardesk.security.ChangesClient;
import io.ardesk.security.ReadsClient;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.TenantContext;
import jakarta.persistence.EntityManager;

import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The house conventions that keep clients apart, as rules that fail the build: every
 * client operation of a Spring bean checks and binds its client, only tenancy and
 * security touch the bound client, only tenancy writes SQL for the control schema, and
 * REST controllers and views answer users with domain exceptions, through services.
 */
@AnalyzeClasses(packages = "io.ardesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	/**
	 * Tenancy and security are the machinery that checks and binds clients: their own
	 * methods taking a {@link ClientId} (the directory, the access checks) are where the
	 * rule is enforced, not where it applies.
	 */
	private static final String[] CLIENT_MACHINERY = { "io.ardesk.tenancy..", "io.ardesk.security.." };

	/**
	 * A public method of a Spring service or component that takes a client must declare
	 * whether it reads or changes it, with the client first: that is what makes the
	 * aspect check the caller's right and bind the client's schema before any
	 * transaction. REST controllers and views are left out: they only call such services,
	 * which check again whatever the caller.
	 */
	@ArchTest
	static final ArchRule clientOperationsDeclareTheirScope = methods().that()
		.arePublic()
		.and(takeAClient())
		.and()
		.areDeclaredInClassesThat()
		.areMetaAnnotatedWith(Component.class)
		.and()
		.areDeclaredInClassesThat()
		.areNotMetaAnnotatedWith(Controller.class)
		.and()
		.areDeclaredInClassesThat()
		.areNotMetaAnnotatedWith(Configuration.class)
		.and()
		.areDeclaredInClassesThat()
		.resideOutsideOfPackages(CLIENT_MACHINERY)
		.should(declareTheirClientScope())
		.because("the client scope aspect checks access and binds the schema only for annotated methods");

	@ArchTest
	static final ArchRule onlyTenancyAndSecurityTouchTheBoundClient = noClasses().that()
		.resideOutsideOfPackages(CLIENT_MACHINERY)
		.should()
		.dependOnClassesThat()
		.belongToAnyOf(TenantContext.class)
		.because("services declare @ReadsClient/@ChangesClient instead of reading or binding the client themselves");

	@ArchTest
	static final ArchRule onlyTenancyWritesControlSchemaSql = classes().that()
		.resideOutsideOfPackage("io.ardesk.tenancy..")
		// The one exception: the notification tables are named with their schema so that
		// a client's transaction can hold the notifications of what it records as
		// announced
		// (reminder jobs, SLA ladder): both commit or neither.
		.and()
		.doNotHaveFullyQualifiedName("io.ardesk.notifications.internal.NotificationStore")
		.should(notNameTheControlSchemaInSql())
		.because("the control schema (clients, code lists, jobs) is tenancy's; other modules use its API");

	@ArchTest
	static final ArchRule controllersAndViewsGoThroughServices = noClasses().that()
		.areMetaAnnotatedWith(Controller.class)
		.or()
		.areAnnotatedWith(Route.class)
		.should()
		.dependOnClassesThat()
		.belongToAnyOf(JdbcTemplate.class, JdbcClient.class, NamedParameterJdbcTemplate.class, EntityManager.class)
		.because("services check the client and open the transaction; controllers and views only call them");

	@ArchTest
	static final ArchRule usersAreAnsweredWithDomainExceptions = noClasses().that()
		.resideInAnyPackage("io.ardesk..api..", "io.ardesk..ui..")
		.or()
		.areMetaAnnotatedWith(Controller.class)
		.should()
		.callConstructorWhere(constructs(IllegalArgumentException.class, IllegalStateException.class))
		.because("an IllegalArgumentException or IllegalStateException means a bug; users get domain exceptions "
				+ "(io.ardesk.shared.problem) naming the field");

	private static DescribedPredicate<JavaMethod> takeAClient() {
		return DescribedPredicate.describe("take a ClientId",
				(method) -> method.getRawParameterTypes()
					.stream()
					.anyMatch((type) -> type.isEquivalentTo(ClientId.class)));
	}

	private static ArchCondition<JavaMethod> declareTheirClientScope() {
		return new ArchCondition<>("be annotated @ReadsClient or @ChangesClient and take the ClientId first") {

			@Override
			public void check(JavaMethod method, ConditionEvents events) {
				boolean annotated = method.isAnnotatedWith(ReadsClient.class)
						|| method.isAnnotatedWith(ChangesClient.class);
				boolean clientFirst = !method.getRawParameterTypes().isEmpty()
						&& method.getRawParameterTypes().getFirst().isEquivalentTo(ClientId.class);
				boolean satisfied = annotated && clientFirst;
				String problem = !annotated ? "declares neither @ReadsClient nor @ChangesClient"
						: "does not take the ClientId as its first parameter";
				events.add(new SimpleConditionEvent(method, satisfied,
						method.getFullName() + (satisfied ? " declares its client scope" : " " + problem)));
			}

		};
	}

	private static DescribedPredicate<JavaConstructorCall> constructs(Class<?>... types) {
		return DescribedPredicate.describe("constructs IllegalArgumentException or IllegalStateException", (call) -> {
			if (call.getOrigin().getModifiers().contains(JavaModifier.SYNTHETIC)) {
				// the compiler's own code, e.g. $deserializeLambda$ of serializable
				// lambdas
				return false;
			}
			JavaClass owner = call.getTargetOwner();
			for (Class<?> type : types) {
				if (owner.isEquivalentTo(type)) {
					return true;
				}
			}
			return false;
		});
	}

	/**
	 * String constants (literals, text blocks, concatenation recipes) naming a table of
	 * the control schema, e.g. {@code "insert into control.reason_code_list"}. ArchUnit
	 * does not expose constants, so the class file's constant pool is read directly.
	 */
	private static ArchCondition<JavaClass> notNameTheControlSchemaInSql() {
		Pattern controlTable = Pattern.compile("(?i)\\bcontrol\\s*\\.\\s*\"?[a-z_]");
		return new ArchCondition<>("not name the control schema in SQL text") {

			@Override
			public void check(JavaClass javaClass, ConditionEvents events) {
				for (String constant : ClassConstants.strings(javaClass)) {
					if (controlTable.matcher(constant).find()) {
						events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName()
								+ " has SQL naming the control schema: \"" + abbreviate(constant) + "\""));
					}
				}
			}

		};
	}

	private static String abbreviate(String text) {
		String line = text.replaceAll("\\s+", " ").strip();
		return (line.length() <= 80) ? line : line.substring(0, 80) + "...";
	}

	/** Reads the string constants of a compiled class. */
	static final class ClassConstants {

		private ClassConstants() {
		}

		static List<String> strings(JavaClass javaClass) {
			Source source = javaClass.getSource().orElse(null);
			if (source == null) {
				return List.of();
			}
			try (InputStream in = source.getUri().toURL().openStream()) {
				return strings(in);
			}
			catch (IOException ex) {
				throw new IllegalStateException("Cannot read the class file of " + javaClass.getName(), ex);
			}
		}

		/** The constant pool's CONSTANT_String entries, resolved to their text. */
		static List<String> strings(InputStream classFile) throws IOException {
			DataInputStream in = new DataInputStream(classFile);
			in.readInt(); // magic
			in.readUnsignedShort(); // minor version
			in.readUnsignedShort(); // major version
			int count = in.readUnsignedShort();
			String[] utf8 = new String[count];
			List<Integer> stringRefs = new ArrayList<>();
			for (int index = 1; index < count; index++) {
				int tag = in.readUnsignedByte();
				switch (tag) {
					case 1 -> utf8[index] = in.readUTF();
					case 3, 4 -> in.skipNBytes(4);
					case 5, 6 -> {
						in.skipNBytes(8);
						index++; // longs and doubles take two slots
					}
					case 7, 16, 19, 20 -> in.skipNBytes(2);
					case 8 -> stringRefs.add(in.readUnsignedShort());
					case 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
					case 15 -> in.skipNBytes(3);
					default -> throw new IOException("Unknown constant pool tag " + tag);
				}
			}
			List<String> strings = new ArrayList<>();
			for (int ref : stringRefs) {
				if (utf8[ref] != null) {
					strings.add(utf8[ref]);
				}
			}
			return strings;
		}

	}

	/**
	 * Keeps the class-file reader honest: it finds a constant this very class holds.
	 * Package-visible for {@link ArchitectureTest}'s own check below.
	 */
	static final String PROBE = "select 1 from control.probe_table";

	@ArchTest
	static void theConstantReaderSeesStringConstants(JavaClasses classes) throws IOException {
		try (InputStream in = ArchitectureTest.class.getResourceAsStream("ArchitectureTest.class")) {
			if (in == null || !ClassConstants.strings(in).contains(PROBE)) {
				throw new AssertionError("The constant pool reader missed a string constant");
			}
		}
	}

}
