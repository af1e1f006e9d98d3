package org.openmom.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openmom.fileformat.ElementRef;
import org.openmom.fileformat.Finding;
import org.openmom.fileformat.Problem;
import org.openmom.fileformat.Severity;

class ServerConfigurationValidatorTest {

    private static List<Problem> problems(String text) {
        return ServerConfigurationParser.parse("server.conf", text).problems();
    }

    private static Problem onlyProblem(String text) {
        List<Problem> problems = problems(text);
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    @Test
    void aWildcardServiceNameIsAllowedOnlyForMessageAndDeliveryFiltersAndDeadLetters() {
        assertThat(problems("""
                MessageFilter * builtin * SizeLimit
                DeliveryFilter * builtin * SizeLimit
                DeadLetters * builtin * DeadLetterLog
                """)).isEmpty();

        List<Problem> problems = problems("""
                LocalService * builtin Ping Echo
                LoggingService * builtin * a.journal
                RegistrationFilter * builtin * Check
                DeregistrationFilter Audit* builtin * Check
                """);
        assertThat(problems).extracting(Problem::line, Problem::column)
                .containsExactly(tuple(1, 14), tuple(2, 16), tuple(3, 20), tuple(4, 22));
        assertThat(problems.get(0).message()).isEqualTo("the Service Name '*' of a Local Service cannot hold *");
        assertThat(problems.get(0).fix()).contains("MessageFilter, DeliveryFilter, DeadLetters");
    }

    @Test
    void aWildcardKeyIsAllowedForEveryKindButTheLocalService() {
        assertThat(problems("""
                LoggingService Journal builtin * a.journal
                RegistrationFilter Gate builtin * Check
                MessageFilter Chat builtin * SizeLimit
                DeregistrationFilter Audit builtin * Check
                DeliveryFilter Chat builtin * SizeLimit
                DeadLetters Chat builtin * DeadLetterLog
                """)).isEmpty();

        Problem problem = onlyProblem("LocalService Echo builtin * Echo\n");
        assertThat(problem.column()).isEqualTo(27);
        assertThat(problem.message()).isEqualTo("the Key (event name) '*' of a Local Service cannot hold *");
    }

    @Test
    void anEmptyServiceNameIsAnError() {
        Problem problem = onlyProblem("MessageFilter - builtin * SizeLimit\n");

        assertThat(problem.format()).isEqualTo(
                "server.conf:1:15: the Service Name of the Message Filter is empty — give a name, or * for any");
    }

    @Test
    void anEmptyKeyIsAnError() {
        Problem problem = onlyProblem("RegistrationFilter Gate builtin - Check\n");

        assertThat(problem.column()).isEqualTo(33);
        assertThat(problem.message()).isEqualTo("the Key (service name) of the Registration Filter is empty");
    }

    @Test
    void aPlusInANameIsAnError() {
        var configuration = new ServerConfiguration(List.of(
                new ReflexDeclaration(ReflexKind.LOCAL_SERVICE, "Echo+1", "builtin", "Ping+Pong", "Echo")));

        assertThat(ServerConfigurationValidator.validate(configuration))
                .extracting(Finding::field, Finding::message)
                .containsExactly(
                        tuple(ReflexDeclaration.SERVICE_NAME, "the Service Name 'Echo+1' contains '+', which is not allowed in names"),
                        tuple(ReflexDeclaration.KEY, "the Key (event name) 'Ping+Pong' contains '+', which is not allowed in names"));
    }

    @Test
    void aFieldThatIsJustADashIsAnErrorInTheModel() {
        var configuration = new ServerConfiguration(List.of(
                new ReflexDeclaration(ReflexKind.DEAD_LETTERS, "-", "builtin", "*", "DeadLetterLog")));

        assertThat(ServerConfigurationValidator.validate(configuration)).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo(ReflexDeclaration.SERVICE_NAME);
            assertThat(f.message()).contains("cannot be just '-'");
        });
    }

    @Test
    void theDllPathIsBuiltinOrAJar() {
        assertThat(problems("LocalService Echo builtin Ping Echo\nLocalService Echo lib/echo.jar Pong com.acme.Echo\n"))
                .isEmpty();

        Problem problem = onlyProblem("LocalService Echo RE_Echo.dll Ping com.acme.Echo\n");
        assertThat(problem.format()).isEqualTo("server.conf:1:19: the DLL Path 'RE_Echo.dll' is neither builtin nor a .jar file"
                + " — write builtin, or the path of the jar holding the reflex (relative to this file)");
    }

    @Test
    void anEmptyDllPathIsAnError() {
        Problem problem = onlyProblem("LocalService Echo - Ping Echo\n");

        assertThat(problem.column()).isEqualTo(19);
        assertThat(problem.message()).isEqualTo("the DLL Path is empty");
    }

    @Test
    void aLoggingServiceInAJarIsAWarning() {
        Problem problem = onlyProblem("LoggingService Journal RE_LogService.jar * a.journal\n");

        assertThat(problem.severity()).isEqualTo(Severity.WARNING);
        assertThat(problem.format()).startsWith("server.conf:1:24: warning: a Logging Service is part of the server");
    }

    @ParameterizedTest
    @ValueSource(strings = {"9Lives", "com..Echo", "com.acme.", "class", "com.acme.Echo()", "Echo-1"})
    void theFunctionNameOfACodeReflexIsAJavaClassName(String name) {
        Problem problem = onlyProblem("MessageFilter Chat lib/f.jar * " + name + "\n");

        assertThat(problem.column()).isEqualTo(32);
        assertThat(problem.message()).isEqualTo("the Function Name '" + name + "' is not a Java class name");
    }

    @Test
    void binaryNamesOfNestedClassesAndSimpleBuiltinNamesAreClassNames() {
        assertThat(problems("""
                MessageFilter Chat lib/f.jar * com.acme.Filters$Spam
                DeliveryFilter Chat builtin * SizeLimit
                """)).isEmpty();
    }

    @Test
    void anEmptyFunctionNameIsAnError() {
        Problem problem = onlyProblem("DeadLetters * builtin * -\n");

        assertThat(problem.column()).isEqualTo(25);
        assertThat(problem.message()).isEqualTo("the Function Name of the Dead Letters Reflex is empty");
    }

    @Test
    void aLogFileIsNeitherEmptyNorABareMirrorMark() {
        List<Problem> problems = problems("""
                LoggingService Journal builtin A ~
                LoggingService Journal builtin B -
                """);

        assertThat(problems).extracting(Problem::line, Problem::column, Problem::message).containsExactly(
                tuple(1, 34, "the mirror '~' names no log file"),
                tuple(2, 34, "the log file is empty"));
    }

    @Test
    void mirrorsFirstAndTheMasterLastIsValidForEveryKey() {
        assertThat(problems("""
                LoggingService Journal builtin * ~mirror1.journal
                LoggingService Journal builtin Chat chat.journal
                LoggingService Journal builtin * ~mirror2.journal
                LoggingService Journal builtin * all.journal
                """)).isEmpty();
    }

    @Test
    void aMirrorDeclaredLastLeavesTheKeyWithoutMaster() {
        Problem problem = onlyProblem("""
                LoggingService Journal builtin Chat ~a.journal
                LoggingService Journal builtin Chat ~b.journal
                """);

        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.column()).isEqualTo(37);
        assertThat(problem.message()).startsWith(
                "no master for key Chat: the last LoggingService for Chat must not start with ~");
        assertThat(problem.fix()).contains("remove the ~ to make 'b.journal' the master");
    }

    @Test
    void aMasterFollowedByMoreFilesForItsKeyMustBeDeclaredLast() {
        Problem problem = onlyProblem("""
                LoggingService Journal builtin * all.journal
                LoggingService Journal builtin Chat chat.journal
                LoggingService Journal builtin * ~mirror.journal
                LoggingService Journal builtin * all2.journal
                """);

        assertThat(problem.line()).isEqualTo(1);
        assertThat(problem.column()).isEqualTo(34);
        assertThat(problem.message()).contains("'all.journal' is a master for key *", "the master must be declared last");
        assertThat(problem.fix()).contains("~all.journal");
    }

    @Test
    void aMasterBeforeAMirrorReportsBothViolations() {
        List<Problem> problems = problems("""
                LoggingService Journal builtin Chat chat.journal
                LoggingService Journal builtin Chat ~copy.journal
                """);

        assertThat(problems).extracting(Problem::line).containsExactly(1, 2);
        assertThat(problems.get(0).message()).contains("master must be declared last");
        assertThat(problems.get(1).message()).startsWith("no master for key Chat");
    }

    @Test
    void anIdenticalReflexTwiceIsAWarningAtTheSecond() {
        Problem problem = onlyProblem("""
                MessageFilter Chat builtin * SizeLimit
                MessageFilter Chat builtin * SizeLimit
                """);

        assertThat(problem.severity()).isEqualTo(Severity.WARNING);
        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.message()).isEqualTo("duplicate reflex: 'MessageFilter Chat builtin * SizeLimit' is already declared above (reflex 1 in execution order)");
    }

    @Test
    void findingsNameTheElementAndField() {
        var configuration = new ServerConfiguration(List.of(
                new ReflexDeclaration(ReflexKind.LOCAL_SERVICE, "Echo", "builtin", "Ping", "Echo"),
                new ReflexDeclaration(ReflexKind.LOCAL_SERVICE, "Echo", "x.dll", "Ping", "Echo")));

        assertThat(ServerConfigurationValidator.validate(configuration)).singleElement()
                .extracting(Finding::element, Finding::field)
                .containsExactly(ElementRef.of(1), ReflexDeclaration.DLL_PATH);
    }

    @Test
    void loggingJournalsGroupMirrorsAndTheMasterPerKeyInFileOrder() {
        ServerConfiguration configuration = ServerConfigurationParser.parse("server.conf", """
                LoggingService Journal builtin * ~m1.journal
                LocalService Echo builtin Ping Echo
                LoggingService Journal builtin Chat chat.journal
                LoggingService Journal builtin * ~m2.journal
                LoggingService Journal builtin * all.journal
                LoggingService Journal builtin Orphan ~lost.journal
                """).model();

        assertThat(configuration.loggingJournals()).containsExactly(
                new LoggingJournal("*", "all.journal", List.of("m1.journal", "m2.journal")),
                new LoggingJournal("Chat", "chat.journal", List.of()));
    }

    @Test
    void relativePathsAreRelativeToTheConfigurationFile() {
        Path configFile = Path.of("/home/ops/.openmom/files/server.conf");
        var jar = new ReflexDeclaration(ReflexKind.LOCAL_SERVICE, "Echo", "lib/echo.jar", "Ping", "com.acme.Echo");
        var absolute = new ReflexDeclaration(ReflexKind.LOCAL_SERVICE, "Echo", "/opt/echo.jar", "Ping", "com.acme.Echo");
        var builtin = new ReflexDeclaration(ReflexKind.LOCAL_SERVICE, "Echo", "builtin", "Ping", "Echo");

        assertThat(jar.resolveJar(configFile)).contains(Path.of("/home/ops/.openmom/files/lib/echo.jar"));
        assertThat(absolute.resolveJar(configFile)).contains(Path.of("/opt/echo.jar"));
        assertThat(builtin.resolveJar(configFile)).isEmpty();
        assertThat(new LoggingJournal("*", "../data/a.journal", List.of("b.journal")).masterPath(configFile))
                .isEqualTo(Path.of("/home/ops/.openmom/data/a.journal"));
    }

    @Test
    void everyKindHasTheGuidesNameAndFieldLabels() {
        assertThat(ReflexKind.values()).extracting(ReflexKind::displayName).containsExactly(
                "Logging Service", "Local Service", "Registration Filter", "Message Filter",
                "De-registration Filter", "Message Delivery Filter", "Dead Letters Reflex", "Activation");
        assertThat(ReflexKind.LOCAL_SERVICE.keyLabel()).isEqualTo("Event Name");
        assertThat(ReflexKind.LOCAL_SERVICE.valueLabel()).isEqualTo("Function Name");
        assertThat(ReflexKind.LOGGING_SERVICE.keyLabel()).isEqualTo("Service whose messages are logged");
        assertThat(ReflexKind.LOGGING_SERVICE.valueLabel()).isEqualTo("Log file");
        assertThat(ReflexKind.REGISTRATION_FILTER.keyLabel()).isEqualTo("Service Name");
        assertThat(ReflexKind.ACTIVATION.keyLabel()).isEqualTo("Model");
        assertThat(ReflexKind.ACTIVATION.valueLabel()).isEqualTo("Max");
        assertThat(ReflexKind.fromKeyword("DeliveryFilter")).contains(ReflexKind.DELIVERY_FILTER);
        assertThat(ReflexKind.fromKeyword("deliveryfilter")).isEmpty();
    }
}
