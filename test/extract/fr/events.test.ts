import { expect } from '@open-wc/testing';
import { run, seen } from '../helpers.js';

// Published Saturday 2022-01-08, as the demo article.
describe('fr: events', () => {
  // [text, [cue, date, precision][]]
  const CASES: [string, [string, string, string][]][] = [
    ['Le président a limogé le chef mercredi.', [['mercredi', '2022-01-05', 'day']]],
    // A year right after a noun and its article dates it; not after a noun that makes the number an identifier.
    ["La hausse est inscrite dans le budget 2017. L'article 1240 du code civil s'applique.", [['2017', '2017', 'year']]],
    // A decade written with two digits is the last one begun by publication.
    ['Dans les années 80, il a chanté avec eux.', [['années 80', '198X', 'decade']]],
    // A live report's entries opening on a time of day happened on the day of publication; a time inside a sentence dates nothing.
    ['Vers 9h30, à Paris, des manifestants ont bloqué la rue. Peu avant 14 h, la police est arrivée. Le cortège est parti à 15h.', [['Vers 9h30', '2022-01-08', 'day'], ['Peu avant 14 h', '2022-01-08', 'day']]],
    ['Il a annoncé une journée de deuil national pour lundi.', [['lundi', '2022-01-10', 'day']]],
    // A verb in the simple future right before the day, or first in its clause after it, puts the day ahead.
    ['Le président recevra lundi les syndicats.', [['lundi', '2022-01-10', 'day']]],
    // So does an irregular future (« fera », « ira »).
    ['La passation se fera lundi et le ministre ira mardi à Lyon.', [['lundi', '2022-01-10', 'day'], ['mardi', '2022-01-11', 'day']]],
    ['Jeudi, le ministre se rendra à Lyon. Mercredi, il a reçu les maires et les recevra encore.', [['Jeudi', '2022-01-13', 'day'], ['Mercredi', '2022-01-05', 'day']]],
    // A conditional (« serait ») looks ahead, not back; « pour » after a date a past verb dated speaks of what follows.
    ["Il a dévoilé un projet nommé Wikitribune dont l'ouverture se fera le 22 janvier et serait destiné à contrer les fausses nouvelles.", [['22 janvier', '2022-01-22', 'day']]],
    ['Le syndicat avait déposé un préavis de grève le 3 janvier pour protester contre les conditions de travail.', [['3 janvier', '2022-01-03', 'day']]],
    // An entry opening on a time with its zone, right after the dateline, happened on the day of publication.
    ['8 janvier 2022. – Vers 4 h 20 UTC, deux trains sont entrés en collision.', [['Vers 4 h 20 UTC', '2022-01-08', 'day']]],
    // « a atteint », « a craint »: participles in -int are past too.
    ['Le refroidissement éolien a atteint -40 degrés vendredi, pour ensuite se changer en tempête.', [['vendredi', '2022-01-07', 'day']]],
    // The year written after a second month is the first's too.
    ["Il renonce à l'élection d'avril et mai 2023.", [['avril et mai 2023', '2023-04', 'month']]],
    // Each year of a list is dated; the end of a span of years is not; a year before a counted noun is an amount.
    ["Le recensement a été mené en 1951, 1961 et 1981. Entre 2010 et 2012, rien. D'une longueur de 2344 pages, l'accord est historique.", [['en 1951', '1951', 'year'], ['1961', '1961', 'year'], ['1981', '1981', 'year'], ['Entre 2010 et 2012', '2010', 'year']]],
    // A month's year given after it, relative or written.
    ["Le projet a été annoncé en mars de l'année dernière.", [["mars de l'année dernière", '2021-03', 'month']]],
    // The date a change is measured from is a baseline, not an event.
    ["Les prix sont en hausse de 3 % par rapport à l'an dernier. Il a été élu l'an dernier.", [["l'an dernier", '2021', 'year']]],
    // A span of years is one event on its first year.
    ['Il fut premier secrétaire du PS de 1994 à 1995.', [['de 1994 à 1995', '1994', 'year']]],
    // The clause's future verb may stand far back, with no punctuation between.
    ['Un service spécial sera mis en place sur six lignes de métro à partir de deux heures lundi matin.', [['lundi matin', '2022-01-10', 'day']]],
    ["Des coups de feu ont été entendus samedi à Almaty.", [['samedi', '2022-01-08', 'day']]],
    ['Les blocages durent depuis jeudi dernier.', [['jeudi dernier', '2022-01-06', 'day']]],
    ['Les pourparlers auront lieu la semaine prochaine.', [['la semaine prochaine', '2022-01', 'month']]],
    ['Des violences ont eu lieu au cours de la semaine dernière.', [['la semaine dernière', '2022-01', 'month']]],
    ['Le pays est devenu indépendant au début des années 1990.', [['au début des années 1990', '199X', 'decade']]],
    ['Il a cédé la présidence en 2019.', [['en 2019', '2019', 'year']]],
    ["Hier, la foule s'est dispersée.", [['Hier', '2022-01-07', 'day']]],
    // A month by its middle, a month with « dernier », a quarter and a season (year precision; « a été » is a verb).
    ["Il est arrivé mi-décembre. L'enquête est ouverte depuis le mois d'août dernier. Au troisième trimestre 2015, le chômage a baissé. Ils ont été reçus au printemps dernier.", [['mi-décembre', '2021-12', 'month'], ['août dernier', '2021-08', 'month'], ['trimestre 2015', '2015', 'year'], ['printemps dernier', '2021', 'year']]],
    // « appellent à », « fixé au »: ahead, whatever the tense.
    ["Des Gilets jaunes appellent à manifester vendredi. Le juge a fixé au 30 avril la date limite.", [['vendredi', '2022-01-14', 'day'], ['30 avril', '2022-04-30', 'day']]],
    // « un dimanche », « le Journal du dimanche » date nothing; nor does an amount; « aujourd'hui » in a quotation is when it was said.
    ["Johnny Hallyday a chanté Un dimanche à Paris, selon le Journal du dimanche. Le salaire est de 2800 euros. « Aujourd'hui, tout a changé », dit-il.", []],
    // A span is one event on its first day, which takes the month and year written at the span's end.
    ["L'opération a duré du 26 décembre au 7 janvier.", [['26 décembre au 7 janvier', '2021-12-26', 'day']]],
    ["L'exposition s'est tenue du 28 juillet au 25 septembre 1973. Les élections des 11 et 12 décembre 2016 ont été annulées.", [['28 juillet au 25 septembre 1973', '1973-07-28', 'day'], ['11 et 12 décembre 2016', '2016-12-11', 'day']]],
    ['La grève est reconduite jusqu\'à mardi 11.', [['mardi 11', '2022-01-11', 'day']]],
    ['La loi pourrait entrer en vigueur dès le mois de mars.', [['mars', '2022-03', 'month']]],
    ['Voir https://www.reuters.com/kazakhstan-2022-01-06 pour le reste.', []],
    ['Le ministre est attendu dimanche sur place.', [['dimanche', '2022-01-09', 'day']]],
    ["Il a été interpellé ce matin.", [['ce matin', '2022-01-08', 'day']]],
    // Planned for the weekday of publication: that day; « samedi prochain »: a week on.
    ['Des cérémonies sont prévues samedi. La suite aura lieu samedi prochain.', [['samedi', '2022-01-08', 'day'], ['samedi prochain', '2022-01-15', 'day']]],
    // Day and month alone: after « a disparu » the last such day; « allait avoir », a passive with « est » look ahead.
    ["L'avion a disparu le 20 janvier.", [['20 janvier', '2021-01-20', 'day']]],
    ["Il allait avoir 38 ans le 20 janvier. La réunion est avancée au 24 janvier.", [['20 janvier', '2022-01-20', 'day'], ['24 janvier', '2022-01-24', 'day']]],
    ['Les contrats ont été signés entre 2009 et 2016.', [['entre 2009 et 2016', '2009', 'year']]],
    // Distances: from publication (« il y a », « le mois dernier »), or from the date given last (« plus tard », « le lendemain »).
    ["L'usine a fermé il y a deux ans.", [['il y a deux ans', '2020', 'year']]],
    ['Les prix ont augmenté le mois dernier.', [['le mois dernier', '2021-12', 'month']]],
    ["L'accord a été signé le 3 janvier. Trois jours plus tard, il était rompu.", [['3 janvier', '2022-01-03', 'day'], ['Trois jours plus tard', '2022-01-06', 'day']]],
    ["L'attentat a eu lieu jeudi. Le lendemain à 8 heures, le président a réuni un conseil.", [['jeudi', '2022-01-06', 'day'], ['Le lendemain', '2022-01-07', 'day']]],
    // « deux jours après l'attentat » counts from an event the sentence names, not from the date given last.
    ["L'accord a été signé le 3 janvier. Deux jours après l'attentat, il était rompu.", [['3 janvier', '2022-01-03', 'day']]],
  ];
  for (const [text, expected] of CASES) {
    it(JSON.stringify(text), () => {
      const article = run(text, { lang: 'fr' });
      expect(article.events.map((e) => [e.cue, e.date, e.precision]), seen(article)).to.deep.equal(expected);
    });
  }

  it('labels the event with words of its clause and lists its actors', () => {
    const [e] = run("Mercredi, le président Kassym-Jomart Tokayev a démis l'ancien président Nursultan Nazarbayev de ses fonctions.", { lang: 'fr' }).events;
    expect(e.label).to.equal("Le président Kassym-Jomart Tokayev a démis l'ancien président Nursultan Nazarbayev de ses fonctions");
    expect(e.actors).to.deep.equal(['kassym-jomart-tokayev', 'nursultan-nazarbayev']);
  });
});

describe('fr: event labels', () => {
  // [text, cue, label]: the cue's clause from its subject, the dating words out, the first letter upper-cased.
  const CASES: [string, string, string][] = [
    ["La détention de Karim Massimov a été annoncée par le Comité qu'il dirigeait jusqu'à ce qu'il soit limogé par le président Kassym-Jomart Tokayev mercredi, après que des manifestations aient balayé la nation.", 'mercredi', 'Karim Massimov limogé par le président Kassym-Jomart Tokayev'],
    ["Il a travaillé avec l'ancien président Nursultan Nazarbayev, qui a dirigé le pays pendant trois décennies jusqu'à ce qu'il cède la présidence à Tokayev en 2019.", 'en 2019', 'Nursultan Nazarbayev cède la présidence à Tokayev'],
    // A pronoun opening its sentence: the previous sentence's subject.
    ["Kassym-Jomart Tokayev a ordonné à ses troupes de tirer. Il a déclaré vendredi que l'État avait dormi.", 'vendredi', "Kassym-Jomart Tokayev a déclaré que l'État avait dormi"],
    // Unsure (two people, neither the subject) or impersonal: the pronoun stays.
    ["La rencontre entre le président Joe Biden et le chancelier Olaf Scholz a été annulée. Il a déclaré vendredi que rien n'était décidé.", 'vendredi', "Il a déclaré que rien n'était décidé"],
    ["Le président Kassym-Jomart Tokayev a parlé. Il y a eu des affrontements vendredi dans la capitale.", 'vendredi', 'Il y a eu des affrontements dans la capitale'],
    // Cut at the word limit inside a verb group: the label takes the words that finish it.
    ["L'agence de presse Interfax a rapporté samedi que le chef adjoint du conseil avait également été licencié.", 'samedi', "L'agence de presse Interfax a rapporté que le chef adjoint du conseil avait également été licencié"],
    ['Ce mercredi, le parlement hongrois a adopté le projet de loi.', 'mercredi', 'Le parlement hongrois a adopté le projet de loi'],
    ["Il a engagé les filles de Bruno Le Roux, qui ont signé des contrats en 2009.", 'en 2009', 'Ont signé des contrats'],
    // A clause that only attributes a long quotation: who said what.
    ['"Une leçon de l\'histoire récente est qu\'une fois que les Russes sont chez vous, il est parfois très difficile de les faire partir", a déclaré vendredi le secrétaire d\'État Antony Blinken.', 'vendredi', "Antony Blinken\u00a0: «\u202fUne leçon de l'histoire récente est qu'une fois que les Russes…\u202f»"],
    ["À Almaty, où les forces de sécurité ont repris le contrôle des rues depuis vendredi, un journaliste a déclaré que des coups de feu ont été entendus samedi.", 'vendredi', 'Les forces de sécurité ont repris le contrôle des rues'],
    ["À Almaty, où les forces de sécurité ont repris le contrôle des rues depuis vendredi, un journaliste a déclaré que des coups de feu ont été entendus samedi.", 'samedi', 'Des coups de feu ont été entendus'],
    ["L'accès à l'Internet, qui était largement fermé depuis des jours, était encore fortement perturbé samedi.", 'samedi', "L'accès à l'Internet était encore fortement perturbé"],
    ['Le mandataire judiciaire, Me Hervé Daniélou, a fixé au 30 avril la date limite de dépôt des offres.', '30 avril', 'Le mandataire judiciaire, Me Hervé Daniélou, a fixé la date limite de dépôt des offres'],
    ["Le ministre de l'Agriculture, Antoine Kervella, doit se rendre à Saint-Brieuc lundi.", 'lundi', "Le ministre de l'Agriculture, Antoine Kervella, doit se rendre à Saint-Brieuc"],
    ['En 2019, elle avait déjà supprimé 120 postes dans son usine de Guingamp.', 'En 2019', 'Elle avait déjà supprimé 120 postes dans son usine de Guingamp'],
    ['Vendredi, un politicien a déclaré à la télévision que les forces de sécurité avaient reçu un ordre.', 'Vendredi', 'Un politicien a déclaré à la télévision que les forces de sécurité avaient reçu un ordre'],
    ['Des bâtiments publics ont été incendiés au cours de la semaine dernière, dans le cadre des violences.', 'la semaine dernière', 'Des bâtiments publics ont été incendiés'],
    ['M. Tokayev a annoncé une journée de deuil national pour lundi afin de commémorer les morts.', 'lundi', 'M. Tokayev a annoncé une journée de deuil national'],
  ];
  for (const [text, cue, label] of CASES) {
    it(`${cue} → ${label}`, () => {
      const article = run(text, { lang: 'fr' });
      const e = article.events.find((x) => x.cue == cue);
      expect(e?.label, seen(article)).to.equal(label);
      expect(text.slice(...e!.span)).to.include(cue);
    });
  }
});
