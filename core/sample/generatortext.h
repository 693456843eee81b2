// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Phrase banks for MeasureGenerator, in Spanish and English. Kept apart from the generator's
// logic so that the wording can be improved without touching it.
namespace GeneratorText {

struct DomainTopic {
    const char *domain; // cultural domain code
    const char *es;
    const char *en;
};
extern const DomainTopic kTopics[];
extern const int kTopicCount;

struct Pair {
    const char *es;
    const char *en;
};
extern const Pair kKinds[];       // "Programa", "Fondo"...
extern const int kKindCount;
extern const Pair kLevels[];      // "nacional", "regional"...
extern const int kLevelCount;
extern const Pair kAudiences[];   // "para jóvenes creadores"...
extern const int kAudienceCount;
extern const Pair kAgencies[];
extern const int kAgencyCount;
extern const Pair kObjectives[];  // sentences; %s = topic
extern const int kObjectiveCount;
extern const Pair kFeatures[];
extern const int kFeatureCount;
extern const Pair kResults[];
extern const int kResultCount;
extern const Pair kExpected[];
extern const int kExpectedCount;
extern const Pair kConclusions[];
extern const int kConclusionCount;

extern const char *const kCountries[]; // ISO alpha-3 codes of Parties, weighted by repetition
extern const int kCountryCount;
extern const char *const kCities[];
extern const int kCityCount;
extern const char *const kPartnerPatterns[]; // "%s" = city or theme; type code after '|'
extern const int kPartnerPatternCount;
extern const char *const kThemes[];
extern const int kThemeCount;

} // namespace GeneratorText
