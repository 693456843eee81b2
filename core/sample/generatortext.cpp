// SPDX-License-Identifier: GPL-3.0-or-later
#include "generatortext.h"

#include <iterator>

namespace GeneratorText {

const DomainTopic kTopics[] = {
    {"music", "la música", "music"},
    {"music", "la música tradicional y popular", "traditional and popular music"},
    {"performing_arts", "las artes escénicas", "the performing arts"},
    {"performing_arts", "el teatro y la danza", "theatre and dance"},
    {"cinema_audiovisual", "el cine y el audiovisual", "cinema and audiovisual production"},
    {"cinema_audiovisual", "la producción de documentales", "documentary production"},
    {"publishing", "el libro y la lectura", "books and reading"},
    {"publishing", "la industria editorial independiente", "independent publishing"},
    {"visual_arts", "las artes visuales", "the visual arts"},
    {"visual_arts", "la fotografía y el arte contemporáneo", "photography and contemporary art"},
    {"design", "el diseño y la artesanía", "design and crafts"},
    {"design", "la moda y el diseño gráfico", "fashion and graphic design"},
    {"media_arts", "las artes mediáticas y los videojuegos", "media arts and video games"},
    {"media_arts", "la creación digital", "digital creation"},
    {"multidomain", "las industrias culturales y creativas", "the cultural and creative industries"},
    {"multidomain", "la economía creativa", "the creative economy"},
};
const int kTopicCount = int(std::size(kTopics));

const Pair kKinds[] = {
    {"Programa", "Programme"},      {"Fondo", "Fund"},          {"Plan", "Plan"},
    {"Estrategia", "Strategy"},     {"Ley", "Act"},             {"Red", "Network"},
    {"Festival", "Festival"},       {"Convocatoria", "Open call"}, {"Becas", "Grants"},
    {"Política", "Policy"},         {"Observatorio", "Observatory"}, {"Mercado", "Market"},
};
const int kKindCount = int(std::size(kKinds));

const Pair kLevels[] = {
    {"nacional", "National"},   {"regional", "Regional"},    {"municipal", "Municipal"},
    {"iberoamericano", "Ibero-American"}, {"comunitario", "Community"}, {"público", "Public"},
};
const int kLevelCount = int(std::size(kLevels));

const Pair kAudiences[] = {
    {"para jóvenes creadores", "for young creators"},
    {"en zonas rurales", "in rural areas"},
    {"y movilidad artística", "and artistic mobility"},
    {"con enfoque de género", "with a gender perspective"},
    {"para pueblos indígenas y afrodescendientes", "for indigenous and Afro-descendant peoples"},
    {"en el entorno digital", "in the digital environment"},
    {"para la exportación", "for export"},
    {"y formación de públicos", "and audience development"},
    {"para mujeres artistas", "for women artists"},
    {"y emprendimiento cultural", "and cultural entrepreneurship"},
};
const int kAudienceCount = int(std::size(kAudiences));

const Pair kAgencies[] = {
    {"Ministerio de Cultura", "Ministry of Culture"},
    {"Secretaría de Cultura", "Secretariat of Culture"},
    {"Ministerio de Relaciones Exteriores", "Ministry of Foreign Affairs"},
    {"Consejo Nacional de la Cultura y las Artes", "National Council for Culture and the Arts"},
    {"Instituto Nacional de Bellas Artes", "National Institute of Fine Arts"},
    {"Ministerio de Educación", "Ministry of Education"},
    {"Ministerio de Economía", "Ministry of Economy"},
    {"Agencia de Cooperación Internacional", "International Cooperation Agency"},
    {"Instituto de Cinematografía", "Film Institute"},
    {"Dirección de Industrias Culturales", "Directorate of Cultural Industries"},
};
const int kAgencyCount = int(std::size(kAgencies));

const Pair kObjectives[] = {
    {"Fortalecer las capacidades de los agentes de %s mediante formación, asistencia técnica y acompañamiento.",
     "To strengthen the capacities of professionals in %s through training, technical assistance and mentoring."},
    {"Ampliar el acceso de la población a %s, con especial atención a los territorios con menor oferta cultural.",
     "To widen access to %s, with particular attention to territories with little cultural provision."},
    {"Promover la circulación nacional e internacional de bienes y servicios de %s.",
     "To promote the national and international circulation of goods and services of %s."},
    {"Garantizar condiciones de trabajo dignas y la protección social de quienes se dedican a %s.",
     "To secure decent working conditions and social protection for those working in %s."},
    {"Impulsar la creación, producción y distribución de contenidos diversos en %s.",
     "To support the creation, production and distribution of diverse content in %s."},
    {"Fomentar la participación de la sociedad civil en el diseño y la evaluación de políticas sobre %s.",
     "To involve civil society in the design and evaluation of policies on %s."},
};
const int kObjectiveCount = int(std::size(kObjectives));

const Pair kFeatures[] = {
    {"La medida otorga apoyos económicos mediante convocatorias públicas anuales, evaluadas por comités de pares.",
     "The measure awards grants through annual open calls assessed by peer committees."},
    {"Incluye talleres, residencias y mentorías en distintas regiones del país.",
     "It includes workshops, residencies and mentoring in several regions of the country."},
    {"Se coordina con gobiernos locales, universidades y organizaciones de la sociedad civil.",
     "It is coordinated with local governments, universities and civil society organizations."},
    {"Contempla acciones específicas de accesibilidad y de igualdad de género.",
     "It includes specific actions on accessibility and gender equality."},
    {"Se apoya en una plataforma digital para la difusión y la comercialización de obras.",
     "It relies on a digital platform to disseminate and market works."},
    {"Prevé incentivos fiscales para la inversión privada en proyectos culturales.",
     "It provides tax incentives for private investment in cultural projects."},
    {"Establece un registro nacional de agentes culturales y un sistema de información.",
     "It sets up a national register of cultural professionals and an information system."},
    {"Facilita la participación en ferias, mercados y festivales internacionales.",
     "It supports participation in international fairs, markets and festivals."},
};
const int kFeatureCount = int(std::size(kFeatures));

const Pair kResults[] = {
    {"Más de %d personas participaron en las actividades de formación.", "More than %d people took part in the training activities."},
    {"Se apoyaron %d proyectos en todas las regiones del país.", "%d projects were supported across all regions of the country."},
    {"La medida benefició a %d organizaciones culturales, el 40 % de ellas fuera de la capital.",
     "The measure benefited %d cultural organizations, 40% of them outside the capital."},
    {"Se realizaron %d giras y coproducciones internacionales.", "%d international tours and co-productions took place."},
};
const int kResultCount = int(std::size(kResults));

const Pair kExpected[] = {
    {"Se espera consolidar un ecosistema creativo sostenible y diverso.", "A sustainable and diverse creative ecosystem is expected."},
    {"Se espera aumentar la participación cultural de la población joven.", "Greater cultural participation of young people is expected."},
    {"Se espera mejorar la visibilidad internacional de los creadores del país.", "Better international visibility of the country's creators is expected."},
    {"Se espera reducir las brechas territoriales y de género en el acceso a la cultura.", "Smaller territorial and gender gaps in access to culture are expected."},
};
const int kExpectedCount = int(std::size(kExpected));

const Pair kConclusions[] = {
    {"La evaluación recomienda simplificar los trámites de postulación y ampliar la difusión en regiones.",
     "The evaluation recommends simpler application procedures and wider outreach in the regions."},
    {"La evaluación destaca el impacto en la profesionalización del sector y sugiere un seguimiento plurianual.",
     "The evaluation highlights the impact on the sector's professionalisation and suggests multi-year monitoring."},
    {"Se identificó la necesidad de indicadores de género y de una línea de base más precisa.",
     "The need for gender indicators and a more precise baseline was identified."},
};
const int kConclusionCount = int(std::size(kConclusions));

const char *const kCountries[] = {
    "MEX", "MEX", "PER", "PER", "COL", "COL", "ARG", "CHL", "ECU", "BOL", "URY", "PRY", "CRI", "CUB", "DOM", "GTM",
    "HND", "SLV", "PAN", "BRA", "BRA", "ESP", "ESP", "PRT", "FRA", "DEU", "ITA", "CAN", "CAN", "SEN", "CIV", "BFA",
    "KEN", "ZAF", "MAR", "TUN", "KOR", "IDN", "VNM", "AUS", "NZL", "SWE", "FIN", "AUT", "MNG", "JAM", "TTO", "BEL",
};
const int kCountryCount = int(std::size(kCountries));

const char *const kCities[] = {
    "Lima", "Cusco", "Arequipa", "Trujillo", "Bogotá", "Medellín", "Cali", "Ciudad de México", "Oaxaca", "Mérida",
    "Guadalajara", "Quito", "Cuenca", "La Paz", "Sucre", "Santiago", "Valparaíso", "Montevideo", "Asunción",
    "San José", "La Habana", "Santo Domingo", "Buenos Aires", "Córdoba", "Rosario", "Madrid", "Barcelona", "Sevilla",
    "Lisboa", "Dakar", "Abiyán", "Nairobi", "Montreal", "Québec", "Seúl", "Yakarta", "Hanói",
};
const int kCityCount = int(std::size(kCities));

const char *const kThemes[] = {
    "las Artes", "la Música", "la Danza", "el Libro", "el Cine", "la Cultura Viva", "las Artes Escénicas",
    "el Diseño", "la Fotografía", "la Creación Digital", "la Diversidad Cultural", "el Patrimonio Vivo",
};
const int kThemeCount = int(std::size(kThemes));

// %c = city, %t = theme; the partner type code follows '|'.
const char *const kPartnerPatterns[] = {
    "Universidad Nacional de %c|public_sector",
    "Municipalidad de %c|public_sector",
    "Gobierno Regional de %c|public_sector",
    "Fundación para %t de %c|civil_society",
    "Asociación de Gestores Culturales de %c|civil_society",
    "Colectivo de %t de %c|civil_society",
    "Cámara de Comercio de %c|private_sector",
    "Editorial Andina de %c|private_sector",
    "Productora Audiovisual %c Films|private_sector",
    "Banco Cultural de %c|private_sector",
    "Red Iberoamericana de %t|international_organization",
    "Centro Regional para %t|international_organization",
};
const int kPartnerPatternCount = int(std::size(kPartnerPatterns));

} // namespace GeneratorText
