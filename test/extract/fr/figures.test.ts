import { expect } from '@open-wc/testing';
import { run, seen } from '../helpers.js';

describe('fr: figures', () => {
  // [text, [display, value, approx][]]
  const CASES: [string, [string, number, string][]][] = [
    ['Plus de 4 400 personnes ont été arrêtées.', [['Plus de 4 400', 4400, 'more-than']]],
    ['La ville compte environ 2 millions d\'habitants.', [['environ 2 millions', 2e6, 'about']]],
    ['Le taux atteint 2,5 % cette année.', [['2,5 %', 2.5, 'exact']]],
    // A count in brackets after a share is a quantity of its own; a unit after a unit is a conversion.
    ['La CGT obtient 24,85 % (1 302 775 suffrages). Le billet coûte 10 dollars (9 euros).', [['24,85 %', 24.85, 'exact'], ['1 302 775', 1302775, 'exact'], ['10 dollars', 10, 'exact']]],
    ['Il a été deux fois premier ministre pendant trois décennies.', [['deux fois', 2, 'exact'], ['trois décennies', 3, 'exact']]],
    ['Des dizaines de personnes ont été tuées, des milliers ont été détenues.', [['Des dizaines', 10, 'order-of-magnitude'], ['des milliers', 1000, 'order-of-magnitude']]],
    ["Plus d'une centaine de secouristes étaient là.", [["Plus d'une centaine", 100, 'more-than']]],
    ['Nazarbayev, 81 ans, est parti en 2019.', [['81 ans', 81, 'exact']]],
    ['Le 13 février, à 14 h 30, rien. Le 30 mai 2016 non plus.', []],
    ['Le coût atteint 7,2 milliards d\'euros.', [["7,2 milliards d'euros", 7.2e9, 'exact']]],
    ['Le bilan recule de - 33 % sur un an.', [['- 33 %', -33, 'exact']]],
    ['Voir https://example.com/2022/4400 pour le détail.', []],
    ['Deux ans plus tard, le vol United Express 3411 est parti.', []],
    // A range is one figure, its lower end at the upper end's scale; a change « de 3 à 5 » is two.
    ["Il compterait 10 à 20 000 combattants et environ 24 à 26 millions d'étoiles.", [['10 à 20 000', 10000, 'exact'], ['environ 24 à 26 millions', 24e6, 'about']]],
    // « à 8 heures » is a time of day; « pendant 3 heures » a duration.
    ['Le lendemain à 8 heures, le conseil a siégé pendant 3 heures.', [['3 heures', 3, 'exact']]],
    ['Le nombre est passé de 3 à 5 millions.', [['3', 3e6, 'exact'], ['5 millions', 5e6, 'exact']]],
    // Thousands grouped by a thin space; minutes after « heures »; a span of hours ending on a time of day.
    ['OneWeb va embaucher 3\u2009000 personnes. À 9 heures 45, la cérémonie, qui dure de 15 à 17 heures, commence.', [['3\u2009000', 3000, 'exact']]],
    // A bare number after a common noun names one of a series, and so do the numbers listed after it; an hour with its
    // time zone is a time; a year after an article or « de » is a year.
    // Agency copy groups thousands with a dot; a unit of time with a capital belongs to a name (« les 24 Heures du Mans »).
    ['Les autorités déploient 148.000 policiers, dont 12.000 dans la capitale, aux 24 Heures du Mans et au « 20 Heures ».', [['148.000', 148000, 'exact'], ['12.000', 12000, 'exact']]],
    // A score is an identifier; a change from one number to a smaller one is two figures.
    ["Montpellier s'est imposé 31 à 26 face au PSG ; le bilan est passé de 30 à 25 morts.", [['30', 30, 'exact'], ['25', 25, 'exact']]],
    // Fractions are shares; a quarter of an hour is a length of time, not a share.
    ["La moitié des élèves, les deux tiers des enseignants et plus d'un tiers des parents ; les ventes baissent de moitié. Il a attendu un quart d'heure.", [['La moitié', 0.5, 'exact'], ['deux tiers', 0.667, 'exact'], ["plus d'un tiers", 0.333, 'more-than'], ['moitié', 0.5, 'exact']]],
    ["L'arrêt du réacteur 1 sur l'autoroute 3, les missions Apollo 10, 13 et 16, la passation à midi (17 heures UTC), la loi de 1799 : 12 blessés.", [['12', 12, 'exact']]],
    // « ou » joins a range; thousands before a comma; an order of magnitude times the next; « un » needs a count above one beside it.
    ["Un élève de 16 ou 17 ans. Le nombre augmente de 93 500, un record. Plusieurs centaines de millions de galaxies. Un Coran et une demande.", [['16 ou 17 ans', 16, 'exact'], ['93 500', 93500, 'exact'], ['Plusieurs centaines de millions', 1e8, 'order-of-magnitude']]],
    // A number listed after another grouped in thousands is a figure of its own.
    ["Deux montres estimées à 15 000 et 12 000 euros.", [['Deux', 2, 'exact'], ['15 000', 15000, 'exact'], ['12 000 euros', 12000, 'exact']]],
    // « un », « une » before a unit of time is a duration of one, unless a rate (« une fois par an ») or « un jour ».
    ["Il a écopé d'un an de prison. Il vient une fois par semaine. Un jour, il partira.", [['un an', 1, 'exact']]],
    // After a noun « de … à » is a range, not a change; a bracket holds a sign; a half after the unit.
    ["Un coût de 8 à 10 milliards d'euros, FO à 15,59 % (- 0,35 point), en quatre ans et demi.", [["8 à 10 milliards d'euros", 8e9, 'exact'], ['15,59 %', 15.59, 'exact'], ['- 0,35', -0.35, 'exact'], ['quatre ans et demi', 4.5, 'exact']]],
  ];
  for (const [text, expected] of CASES) {
    it(JSON.stringify(text), () => {
      const article = run(text, { lang: 'fr' });
      expect(article.figures.map((f) => [f.display, f.value, f.approx]), seen(article)).to.deep.equal(expected);
    });
  }

  it('labels an age in brackets by the name before it, and a share by whose it is', () => {
    const figures = run('Il reste Buzz Aldrin (88 ans, Apollo 11). FO obtient 15,59 % pour FO et 10,67 % pour Solidaires.', { lang: 'fr' }).figures;
    expect(figures.map((f) => f.label)).to.deep.equal(['âge de Buzz Aldrin', 'FO', 'Solidaires']);
  });

  it('says what the number counts', () => {
    const [f] = run('Le ministère a déclaré que plus de 4 400 personnes avaient été arrêtées depuis le début des troubles.', { lang: 'fr' }).figures;
    expect(f.label).to.equal('personnes arrêtées');
  });
});

describe('fr: figure labels', () => {
  // [text, display, label]: the counted noun phrase, the name whose age it is, the verb phrase a duration measures.
  const CASES: [string, string, string][] = [
    ['Des dizaines de personnes ont été tuées, des milliers ont été détenues et des bâtiments incendiés.', 'Des dizaines', 'personnes tuées'],
    ['Des dizaines de personnes ont été tuées, des milliers ont été détenues et des bâtiments incendiés.', 'des milliers', 'détenues'],
    ['La Russie et quatre autres anciennes républiques soviétiques ont envoyé des troupes.', 'quatre autres', 'anciennes républiques soviétiques'],
    ['Il a été deux fois premier ministre et a travaillé avec lui.', 'deux fois', 'premier ministre'],
    ['Un mouvement contre Nazarbayev, 81 ans, qui a dirigé le pays.', '81 ans', 'âge de Nazarbayev'],
    ["L'agresseur, un Égyptien de 29 ans, a été blessé. Une peine de 20 ans a été requise.", '29 ans', 'âge'],
    ["L'agresseur, un Égyptien de 29 ans, a été blessé. Une peine de 20 ans a été requise.", '20 ans', 'peine'],
    ["L'ancien président, qui a dirigé le pays pendant trois décennies jusqu'à ce qu'il cède la présidence.", 'trois décennies', 'dirigé le pays'],
    ["La coopérative accuse une dette de 48 millions d'euros après deux années de pertes.", "48 millions d'euros", 'dette'],
    ["La coopérative accuse une dette de 48 millions d'euros après deux années de pertes.", 'deux années', 'pertes'],
    ["Il a promis une avance de trésorerie de 5 millions d'euros aux éleveurs concernés.", "5 millions d'euros", 'avance de trésorerie'],
    ['La procédure concerne 1 350 éleveurs et près de 600 salariés dans les Côtes-d\'Armor.', '1 350', 'éleveurs'],
    ['La procédure concerne 1 350 éleveurs et près de 600 salariés dans les Côtes-d\'Armor.', 'près de 600', 'salariés'],
    ["Plus de 400 éleveurs n'ont pas été payés depuis janvier.", 'Plus de 400', 'éleveurs'],
    ['Elle collecte 8 % de la production bretonne.', '8 %', 'production bretonne'],
    ['Elle avait supprimé 120 postes dans son usine de Guingamp.', '120', 'postes'],
    ["Les premiers rapports font état de douze blessés, dont cinq seraient en état critique.", 'cinq', 'blessés'],
    ["Le budget du ministère a augmenté de 3 %. Dans les entreprises, où le taux de participation s'est élevé à 62,63 %, rien.", '3 %', 'budget'],
    ["Le budget du ministère a augmenté de 3 %. Dans les entreprises, où le taux de participation s'est élevé à 62,63 %, rien.", '62,63 %', 'taux de participation'],
    ['Les résultats : 10,67 % pour la CFE-CGC (+ 1,24 point), 9,49 % pour la CFTC.', '+ 1,24', 'CFE-CGC'],
    ["L'Insee note une hausse du chômage, qui augmente de 0,1 point pour passer à 10,0 %, selon le BIT.", '10,0 %', 'chômage'],
    // A part of a group counts what the group is: the figure before it in its sentence, or the plural noun before.
    ["Plus de 27 bâtiments ont été touchés, et trois d'entre eux sont complètement détruits.", 'trois', 'bâtiments touchés'],
    ["Quant aux militaires, deux d'entre eux ont été légèrement blessés.", 'deux', 'militaires'],
    ['Au total, 217 des 441 représentants ont voté pour le texte.', '217', 'représentants'],
    // An approximation before the number belongs to the figure, not to its label.
    ["Les mesures annoncées coûteront de l'ordre de 10 milliards d'euros.", "de l'ordre de 10 milliards d'euros", 'mesures annoncées'],
    // A verb of measure gives the value of its subject, or of the noun its participle qualifies; so does a participle
    // clause, of the subject of the clause before.
    ["Le coût de cette journée d'investiture s'élève exactement à 70 millions d'euros.", "70 millions d'euros", 'coût'],
    // Years after « à » are an age, but not a sentence's length or a bound.
    ['Pierre Tchernia est mort à 88 ans. Il a été condamné à 10 ans de prison.', '88 ans', 'âge'],
    ['Pierre Tchernia est mort à 88 ans. Il a été condamné à 10 ans de prison.', '10 ans', 'prison'],
    ['Pierre Tchernia est mort samedi. Il avait 88 ans.', '88 ans', 'âge'],
    ['Chez les seniors, ce taux augmente également de 0,5 point, s\'établissant à 7,0 %.', '7,0 %', 'taux'],
    ['La valeur de la compagnie a chuté de 900 millions de dollars, passant de 22,5 milliards à 21,6 milliards.', '22,5 milliards', 'valeur'],
    ['Disney rachète les actifs de Fox dans une transaction évaluée à 66,1 milliards de dollars.', '66,1 milliards de dollars', 'transaction'],
    ['Il possédait deux montres estimées à 15 000 euros.', '15 000 euros', 'montres'],
    ['Le salaire des gardiens de la paix augmentera de 40 euros pour un coût total de 70 millions.', '40 euros', 'salaire'],
    // A hedge after the number, or the number it is set beside, says nothing of what it counts.
    ["La facture du chantier s'élève à 70 millions d'euros environ.", "70 millions d'euros", 'facture'],
    ['Le vent du nord soufflera à 70 voire 80 km/h.', '70', 'vent'],
    // A volume or a mass counts the substance after it.
    ['Les douaniers ont saisi un chargement de dix tonnes de cocaïne dans le port.', 'dix tonnes', 'cocaïne'],
    // What a number counts ends where an adjunct starts.
    ["Le gouvernement a utilisé six fois l'article pour faire passer la loi.", 'six fois', 'article'],
  ];
  for (const [text, display, label] of CASES) {
    it(`${display} → ${label}`, () => {
      const f = run(text, { lang: 'fr' }).figures.find((x) => x.display == display);
      expect(f?.label).to.equal(label);
    });
  }

  it('reads a measure that ends the text after « de » (no change to read past the end)', () => {
    const figures = run('La nouvelle série ne comportera donc pas de billet de 500 euros.', { lang: 'fr' }).figures;
    expect(figures.map((f) => f.display)).to.deep.equal(['500 euros']);
  });

  it('never labels a figure by a pronoun', () => {
    const figures = run("Deux militaires ont été blessés au Louvre. Deux d'entre eux sont hospitalisés.", { lang: 'fr' }).figures;
    for (const f of figures) expect(f.label, f.display).not.to.match(/\b(?:eux|lui)\b/);
  });

  it('never starts or ends a label with a function word', () => {
    const text = "Des dizaines de personnes ont été tuées, des milliers ont été détenues et des bâtiments publics à travers le Kazakhstan ont été incendiés. La ville compte environ 2 millions d'habitants.";
    for (const f of run(text, { lang: 'fr' }).figures) {
      expect(f.label, f.display).to.match(/^(?!(?:et|de|d'|le|la|les|l'|des|du|un|une|à|au|aux|en)\s)/i);
      expect(f.label, f.display).not.to.match(/\s(?:et|de|d'|le|la|les|des|du|un|une|à|au|aux|en)$/i);
      expect(f.label.split(' ').length, f.display).to.be.at.most(8);
    }
  });
});

describe('fr: a race time', () => {
  it('reads 9"81 as one figure of 9.81 seconds, not two numbers', () => {
    const article = run('Usain Bolt a couru le 100 mètres en 9"81 devant Justin Gatlin.', { lang: 'fr' });
    expect(article.figures.map((f) => f.value), seen(article)).to.include(9.81);
    expect(article.figures.map((f) => f.value), seen(article)).not.to.include(81);
  });
});

describe('fr: one in a number', () => {
  it('reads « un train sur huit » as a share of 0.125 of trains', () => {
    const article = run('Un train sur huit circulera mardi. Un Français sur cinq est concerné.', { lang: 'fr' });
    expect(article.figures.map((f) => [f.value, f.label]), seen(article)).to.deep.equal([[0.125, 'train'], [0.2, 'Français']]);
  });
});

describe('fr: identifiers', () => {
  it('reads the number of a decree or a resolution as its name, not a figure, past an adjective too', () => {
    const article = run("Le juge a bloqué le décret présidentiel 13769. La résolution 2334 a été votée par 14 voix.", { lang: 'fr' });
    expect(article.figures.map((f) => f.value), seen(article)).to.deep.equal([14]);
  });
});

describe('fr: values', () => {
  it('gives a decimal times a multiplier as the exact number a reader expects', () => {
    const article = run("La transaction est évaluée à 66,1 milliards de dollars, dont 1,3 million d'euros de frais.", { lang: 'fr' });
    expect(article.figures.map((f) => f.value), seen(article)).to.deep.equal([66100000000, 1300000]);
  });
});

describe('fr: « un », « une »', () => {
  it('counts « une » in a list of counts or before a unit, not as an article alone', () => {
    const article = run("Ce 16 février, un kamikaze a fait détonner sa charge. Le bilan est de deux morts et une personne en réanimation. Il a écopé d'un an de prison.", { lang: 'fr' });
    expect(article.figures.map((f) => [f.value, f.label]), seen(article)).to.deep.equal([[2, 'morts'], [1, 'personne'], [1, 'prison']]);
  });
});

describe('fr: numbers that count nothing', () => {
  it('reads no figure in the first day of a span of days, an ordinal written apart or the whole of a share', () => {
    const article = run("Selon le sondage réalisé du 14 au 17 décembre, 7 Français sur 10 jugent négativement la politique. Il s'agit de la 27 e édition. Le deuil national aura lieu les 16, 17 et 18 juillet.", { lang: 'fr' });
    expect(article.figures.map((f) => f.value), seen(article)).to.deep.equal([7]);
  });
});
