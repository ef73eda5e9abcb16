package org.gazette;

import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layering: a plain-Java core (no JavaFX), front ends on top, and no package reaching up. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.gazette");

    @Test
    void coreKnowsNothingOfJavaFx() {
        noClasses().that().resideInAnyPackage("org.gazette.archive..", "org.gazette.ingest..", "org.gazette.search..",
                        "org.gazette.app..", "org.gazette.task..", "org.gazette.cli..", "org.gazette.quotes..", "org.gazette.compare..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..")
                .check(CLASSES);
    }

    @Test
    void layersOnlyDependDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Task").definedBy("org.gazette.task..")
                .layer("Archive").definedBy("org.gazette.archive..")
                .layer("Quotes").definedBy("org.gazette.quotes..")
                .layer("Search").definedBy("org.gazette.search..")
                .layer("Ingest").definedBy("org.gazette.ingest..")
                .layer("Compare").definedBy("org.gazette.compare..")
                .layer("App").definedBy("org.gazette.app..")
                .layer("Cli").definedBy("org.gazette.cli..")
                .layer("Ui").definedBy("org.gazette.ui..")
                .layer("Launcher").definedBy("org.gazette")
                .whereLayer("Ui").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("Cli").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("App").mayOnlyBeAccessedByLayers("Cli", "Ui")
                .whereLayer("Ingest").mayOnlyBeAccessedByLayers("App", "Cli", "Ui")
                .whereLayer("Compare").mayOnlyBeAccessedByLayers("App", "Cli", "Ui")
                .whereLayer("Search").mayOnlyBeAccessedByLayers("Ingest", "App", "Cli", "Ui")
                .whereLayer("Archive").mayOnlyBeAccessedByLayers("Search", "Ingest", "Compare", "App", "Cli", "Ui")
                .whereLayer("Quotes").mayOnlyBeAccessedByLayers("Ingest", "App", "Cli", "Ui")
                .check(CLASSES);
    }

    /**
     * The quotation sieve: the attributor runs the passes, the passes ask whom a phrase names, and all ask the
     * word-level checks; the reading of names, subjects and titles they build on reaches none of them but the word
     * checks. Nothing calls back up (inner classes and lambdas belong to their class).
     */
    @Test
    void sievePassesOnlyDependDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Sieve").definedBy(quotes("QuoteAttributor"))
                .layer("Passes").definedBy(quotes("CueBefore|CueAfter|Credits|OwnedWords|SentenceSubject|Continuation"
                        + "|SpeakerChecks|Pronouns|RecentPeople|QuoteContext"))
                .layer("Phrase").definedBy(quotes("SpeakerPhrase"))
                .layer("Words").definedBy(quotes("Phrases"))
                .layer("Text").definedBy(quotes("Names|ArticlePeople|Subjects|Genders|Relatives|Titles|QuoteFinder"
                        + "|CapitalisedWords|Words|Tokens|WordSet|Spans"))
                .whereLayer("Sieve").mayNotBeAccessedByAnyLayer()
                .whereLayer("Passes").mayOnlyBeAccessedByLayers("Sieve")
                .whereLayer("Phrase").mayOnlyBeAccessedByLayers("Sieve", "Passes")
                .whereLayer("Words").mayOnlyBeAccessedByLayers("Sieve", "Passes", "Phrase", "Text")
                .check(CLASSES);
    }

    private static com.tngtech.archunit.base.DescribedPredicate<com.tngtech.archunit.core.domain.JavaClass> quotes(String names) {
        return nameMatching("org\\.gazette\\.quotes\\.(?:" + names + ")(?:\\$.*)?").forSubtype();
    }
}
