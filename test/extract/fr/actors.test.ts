import { expect } from '@open-wc/testing';
import { run, seen, speakerName } from '../helpers.js';

describe('fr: actors', () => {
  // [text, names expected (subset), names that must not appear]
  const CASES: [string, string[], string[]][] = [
    ["La décision a été prise par le président Kassym-Jomart Tokayev mercredi. M. Tokayev a ensuite parlé. Tokayev a insisté.", ['Kassym-Jomart Tokayev'], ['Tokayev', 'M. Tokayev']],
    ["Il a parlé au président russe Vladimir Poutine. Le Kremlin a déclaré que M. Poutine soutenait l'idée.", ['Vladimir Poutine', 'Kremlin'], ['Poutine']],
    ["Zhumadin Patov, directeur adjoint d'un marché public à Almaty, a déclaré que tout allait bien.", ['Zhumadin Patov'], ['Almaty']],
    ["La détention a été annoncée par le Comité de sécurité nationale qu'il dirigeait.", ['Comité de sécurité nationale'], []],
    ["Les dirigeants de l'Organisation du traité de sécurité collective (OTSC) se réunissent. L'OTSC a répondu.", ['Organisation du traité de sécurité collective'], ['OTSC']],
    ["L'aéroport est sous contrôle, selon le ministère russe de la défense.", ['ministère russe de la défense'], []],
    // A listener after a verb of saying and a date is no place; a given name and a surname after « à » are someone;
    // a body that speaks for someone is an organisation; a government merely mentioned is not.
    ["Dana a déclaré vendredi à France Info que tout allait bien. Il a dénoncé le soutien de Nicolas Miguet à Valérie Pécresse en Île-de-France.", ['France Info', 'Valérie Pécresse'], []],
    ["« Les missions ont été faites », se défend le cabinet de M. Le Roux. Le peuple manifeste contre le gouvernement de Tokayev soutenu par la Russie. Kassym-Jomart Tokayev a dit non.", ['cabinet de M. Le Roux'], ['gouvernement de Tokayev']],
    ["Vendredi, la foule a manifesté. Mercredi, rien. Dans la ville, certains sont partis. Certains commerces ont rouvert.", [], ['Vendredi', 'Mercredi', 'Dans', 'Certains']],
    ["L'agence de presse Interfax a rapporté samedi que le chef avait été limogé.", ['Interfax'], []],
    ["Les troupes sont arrivées au Kazakhstan. Les troupes restent au Kazakhstan.", [], ['Kazakhstan']],
    ["Les filles de Bruno Le Roux ont travaillé. Bruno Le Roux a démissionné.", ['Bruno Le Roux'], ['Roux', 'Bruno']],
    // A noun naming what someone does, before a full name, is a role; « Pour X, … » opening a sentence cites X.
    ["Il est tombé 300 millimètres de pluie, d'après le prévisionniste François Gourand.", ['François Gourand'], []],
    ["Pour Maëlle Quéré, déléguée de la Confédération paysanne, « on nous demande de travailler à perte ».", ['Maëlle Quéré'], ['Pour Maëlle Quéré']],
    // An organisation's name takes its adjectives; a noun that describes an organisation makes the name after it one.
    ["Emmanuelli s'était associé au Nouveau Parti socialiste. Le groupe s'est attaqué à l'Armée syrienne libre.", ['Nouveau Parti socialiste', 'Armée syrienne libre'], ['Nouveau Parti']],
    ['Le groupe Normalait a manifesté. OneWeb, filiale de la firme japonaise SoftBank, va embaucher.', ['Normalait', 'SoftBank'], []],
    // A place glued to a person by its title is split at the given name; one word completing a noun names a place.
    ['La maire de Paris Anne Hidalgo a visité la centrale de Flamanville. La centrale de Flamanville est arrêtée.', ['Anne Hidalgo'], ['Paris Anne Hidalgo', 'Flamanville']],
    ["Il a été emmené à l'hôpital Lutheran General. Le vol United Express a décollé.", [], ['Lutheran General', 'United Express']],
    // An article elided inside a hyphenated place name joins it (« Val-d'Oise »): the place is no one, the person after it someone.
    ["Le préfet du Val-d’Oise Jean-Yves Latournerie a parlé. Le maire de Villeneuve-d'Ascq Gérard Caudron a dit non.", ['Jean-Yves Latournerie', 'Gérard Caudron'], ['Oise Jean-Yves Latournerie', 'Ascq Gérard Caudron', 'Val-d’Oise', "Villeneuve-d'Ascq"]],
    // A lower-case article joins a name only after « de »: « sur Facebook les Gilets jaunes » is two.
    ["Il a appelé sur Facebook les Gilets jaunes à venir armés. La Chambre des représentants a voté.", ['Facebook', 'Chambre des représentants'], ['Facebook les Gilets']],
    ["Le lieutenant-colonel Arnaud Beltrame a été tué. Le sous-préfet Marc Durand a parlé.", ['Arnaud Beltrame', 'Marc Durand'], ['lieutenant-colonel Arnaud Beltrame']],
    // A verb that can only be a past tense, right after a name, has it for subject: the name acts.
    ["La veille, Xavier Niel a approuvé cela en racontant que Starbucks payait moins d'impôt que le cordonnier du coin.", ['Xavier Niel', 'Starbucks'], []],
    // The second of two names joined after a place preposition is a place too.
    ["Vers 17h10, à Nantes et Saint-Nazaire, la préfecture de Loire-Atlantique a interdit la vente d'alcool.", ['préfecture de Loire-Atlantique'], ['Saint-Nazaire', 'Nantes']],
    // After someone's title, a party's acronym ends before the place it was elected in.
    ["Le député LR des Alpes-Maritimes Éric Ciotti a réagi.", ['Éric Ciotti', 'LR'], ['LR des Alpes-Maritimes', 'Alpes-Maritimes Éric Ciotti']],
    // A name written with and without its accents is one person, under its accented spelling.
    ["La police a perquisitionné Eric Drouet chez lui. Éric Drouet a déclaré qu'il irait à l'Élysée.", ['Éric Drouet'], ['Eric Drouet']],
    // A monument's word opens a place's name, not someone's.
    ["Des casseurs ont saccagé l'Arc de Triomphe samedi, selon le ministre Christophe Castaner.", ['Christophe Castaner'], ['Arc de Triomphe']],
    // A surname fused to its particle (« al-Assad ») is a word of the name: two words complete the noun, someone's.
    ["Washington a dénoncé un acte odieux du régime de Bachar al-Assad, selon la presse.", ['Bachar al-Assad'], []],
    // A capitalised particle or article inside a sentence belongs to the name after it; « Le Roux » then joins its person.
    ["Bruno Le Roux a démissionné, selon Le Monde. M. Le Roux a démenti, selon La Croix.", ['Bruno Le Roux', 'Le Monde', 'La Croix'], ['Le Roux', 'Monde', 'Croix']],
    // An article is a connector only after « de »; an ampersand joins one firm's names.
    ["Une étude publiée dans l'Astrophysical Journal la découverte. La Chambre des représentants a voté. Ben & Jerry a offert des glaces.", ['Astrophysical Journal', 'Chambre des représentants', 'Ben & Jerry'], ['Astrophysical Journal la découverte', 'Jerry']],
    // A capitalised noun in an organisation's complement takes only an adjective after it, not the verb; a pronoun is no one.
    ["Le Conseil régional d'Île-de-France va donner un million. Celle-ci a été votée.", ["Conseil régional d'Île-de-France"], ["Conseil régional d'Île-de-France va", 'Celle-ci']],
    // A given name and the initial the press leaves of a surname are one name.
    ["Le jeune homme, Nolan L., proche de l'extrême droite, a été interpellé. Nolan L. a accepté une peine.", ['Nolan L.'], ['Nolan']],
    // The trained tagger's second opinion: surnames in a list, with nothing around them, that it is sure are people.
    // (Which of them it is sure of changes when it is retrained: Hamon, with this model.)
    ["Certains candidats ont décidé d'annuler des déplacements, tels Fillon, Macron, Hamon et Le Pen.", ['Hamon'], []],
    // A capitalised word kept out of names still completes an organisation's after « de »; a name right after an
    // organisation noun is an organisation's and goes on in lower case; a glued plus sign ends a channel's name; a name
    // after an inverted reflexive verb of saying is its subject.
    ["« Aucune victime », a précisé la préfecture du Nord. Le Conseil d'État a tranché. Le syndicat Force ouvrière a protesté. Canal+ a réagi. « C'est une première », se réjouit la Croix-Rouge.", ['préfecture du Nord', "Conseil d'État", 'Force ouvrière', 'Canal+', 'Croix-Rouge'], ['la préfecture', 'Conseil', 'Force', 'Canal']],
    // After a verb of saying, « sur » names the medium: an organisation, whose apposition is not the next clause's subject.
    ["Donald Trump a immédiatement réagi sur Twitter. Il vit sur Paris.", ['Twitter'], ['Paris']],
    // Countries in a list right before its verb act, wherever the clause stands.
    ["La tension monte, alors que la Russie et les États-Unis se préparent à des pourparlers.", ['Russie', 'États-Unis'], []],
    // Whom words were said to is a medium when it is an acronym, someone when a compound given name opens it.
    ["Yannick Jadot a affirmé à BFMTV que tout allait bien. François Fillon a confié à Jean-Jacques Bourdin qu'il n'avait rien.", ['BFMTV', 'Jean-Jacques Bourdin'], []],
    // An acronym, then a given name and a surname, are a body and a person; a preposition opening a sentence is no name.
    ["« Nous ne lâcherons rien », a dit au JDD le délégué CGT Mathieu Perret. Derrière une banderole, 300 salariés ont défilé.", ['CGT', 'Mathieu Perret'], ['CGT Mathieu Perret', 'Derrière']],
    // An acronym with the complement its full name had after its bracket is that body; a document noun opening a line
    // is no name's word.
    ["La Société des journalistes (SDJ) d'I-Télé a protesté. La SDJ d'I-Télé a voté une motion.\n\n— Communiqué de la SDJ d'I-Télé", ['Société des journalistes'], ["Communiqué de la SDJ d'I-Télé"]],
    // After a noun for a body (and its adjective) the name goes on in lower case and may open on a word kept out of names.
    ["L'association anticorruption Transparence citoyenne se félicite. Le syndicat Sud Culture réclame un protocole.", ['Transparence citoyenne', 'Sud Culture'], ['Transparence', 'Culture']],
    // A name and a channel's number after a preposition of where words are said name a broadcaster, not a score.
    ["Invité d'Europe 1 puis de France 2, le patron a réclamé une baisse. Selon France 24, la France a gagné 2-1.", ['Europe 1', 'France 2', 'France 24'], ['Europe', 'France 2-1']],
    // A body described after a contracted article, a court by its lower-case noun, and a country that is an agent act.
    ["Le chef du groupe HTC, Abou Mohammed al-Joulani, a pris Damas. La cour d'appel de Versailles a confirmé la peine. L'Algérie a protesté contre la reconnaissance par la France du plan.", ['HTC', "cour d'appel de Versailles", 'France'], []],
    // A participle opening a sentence before a preposition is a verb, not a name.
    ["Invité de France Inter, Dominique Vallier a exclu tout retour. Mis en examen pour fraude, il a démissionné.", ['Dominique Vallier'], ['Invité de France Inter', 'Mis']],
    // A bracket holding only a name that opens on its article holds a party's name, article included.
    ["Le conflit a été résolu, a déclaré le maire Gaël Perdriau (Les Républicains).", ['Les Républicains'], ['Républicains']],
    // A name completing a noun is no actor, unless an apposition calls it a body.
    ["Marie Kwizera, trésorière d'Iteka, une association burundaise, a disparu.", ['Iteka'], []],
    // A country's name of several words is one name, whatever its words: a lower-case adjective, a compass point.
    ["L'Arabie saoudite a protesté. L'Afrique du Sud a condamné l'essai. La Corée du Nord a répondu.", ['Arabie saoudite', 'Afrique du Sud', 'Corée du Nord'], ['Arabie', 'Corée']],
    // An acronym the tagger sees no name in, with nothing around it, abbreviates a thing; one that acts is a body.
    ["La croissance du PIB ralentit. La suppression de l'ISF est votée. La CGT a appelé à la grève.", ['CGT'], ['PIB', 'ISF']],
    // Heads of French organisation names: « Ligue », « Collectif … contre … », « l'intersyndicale » that speaks.
    ["La Ligue des droits de l'homme a jugé la mesure inutile. Le Collectif contre l'islamophobie a protesté. « Nous resterons mobilisés », a promis l'intersyndicale.", ["Ligue des droits de l'homme", "Collectif contre l'islamophobie", "l'intersyndicale"], ['Ligue', 'Collectif']],
    // A name that goes on in lower case ends where the tagger's organisation ends.
    ["Le chômage calculé par la Dares et Pôle emploi a fortement augmenté en août.", ['Pôle emploi'], ['Pôle']],
    // An institution's common noun takes an article: « en direction de Würzburg » names no body.
    ["Le camion roulait en direction de Würzburg. Le parquet de Paris a ouvert une enquête.", ['parquet de Paris'], ['direction de Würzburg']],
    // A name before a pronoun that only stands before a verb is that verb's subject, so an actor.
    ["La loi est passée. Mediapart y voit une prime à la fraude.", ['Mediapart'], []],
    // After a capitalised particle a title word is a surname.
    ["« Il n'y a pas de plan B », prévient Bruno Le Maire.", ['Bruno Le Maire'], ['Bruno']],
    // An acronym in brackets spells the name before it, lower-case words and all, and becomes its alias.
    ["La Fédération internationale des ligues des droits de l'homme (FIDH) et le parquet national financier (PNF) enquêtent.", ["Fédération internationale des ligues des droits de l'homme", 'parquet national financier'], ['FIDH', 'PNF', 'parquet national']],
    ["Reporters sans frontières (RSF) a dénoncé l'arrestation. Le Rassemblement pour la République (RPR) a voté. L'Agence France-Presse (AFP) a confirmé.", ['Reporters sans frontières', 'Rassemblement pour la République', 'Agence France-Presse'], ['RSF', 'Reporters', 'AFP']],
    // A name right after a verb of saying that follows a quotation is its subject, the article elided or not; a passive subject does not act.
    ["« Les prix vont encore grimper », prévient l'Insee dans sa note. Selon le texte, la Crimée a été annexée en 2014.", ['Insee'], ['Crimée']],
    // A title's holder starts at a given name, wherever it stands, or after a minister's domain; a given name after a
    // body's lower-case complement opens a person; initials and a capitalised function word after a given name are the person's.
    ["La présidente du Front national Marine Le Pen et le président du Medef Geoffroy Roux de Bézieux ont parlé. George H. W. Bush et Stephen King aussi.", ['Front national', 'Marine Le Pen', 'Geoffroy Roux de Bézieux', 'George H. W. Bush', 'Stephen King'], ['Front national Marine', 'Medef Geoffroy Roux de Bézieux', 'Stephen']],
    // A nationality as a plural noun is no one; a country whose name has such an ending is itself.
    ["Les Russes ont ouvert une enquête et les Français sont inquiets, mais les Philippines ont voté. Georges Pompidou l'avait dit.", ['Philippines', 'Georges Pompidou'], ['Russes', 'Français']],
    // A committee named by its lower-case noun and its complement is a body.
    ["Le comité russe d'investigation a ouvert une enquête.", ["comité russe d'investigation"], []],
    // « Hier » opening a sentence is a day, not a name.
    ["Hier, le gouvernement canadien a rappelé ses diplomates.", [], ['Hier']],
    // A name in apposition with a place noun is a place's.
    ["Le Darfour, province soudanaise, reste instable, selon Amnesty International.", ['Amnesty International'], ['Darfour']],
    // A body named after the person it belongs to names that person too.
    ["Hier, le gouvernement de Justin Trudeau a annoncé qu'il rappelait ses diplomates.", ['Justin Trudeau'], []],
    // Someone by where they come from, before their name, is their description; alone after an article, no body.
    ["Le Slovène Tadej Pogačar a remporté l'étape. L'Allemand Manfred Weber a réagi. « C'était dur », a raconté le Mayennais.", ['Tadej Pogačar', 'Manfred Weber'], ['Slovène Tadej Pogačar', 'Allemand Manfred Weber', 'Mayennais']],
    // …but not a given name of that shape, nor a name going on with « de ».
    ["Le Standard de Liège a limogé son entraîneur. L'avocat Arsène Nzé Obiang a plaidé.", ['Standard de Liège', 'Arsène Nzé Obiang'], ['Liège', 'Nzé Obiang']],
    // A capitalised noun, its adjectives, then a verb of acting: a body whose name writes only its first word capitalised.
    ["Selon l'ONU, le Programme alimentaire mondial a alerté sur la famine. Le Secours populaire a distribué des repas.", ['Programme alimentaire mondial', 'Secours populaire'], ['Programme']],
  ];
  for (const [text, expected, absent] of CASES) {
    it(JSON.stringify(text.slice(0, 70)), () => {
      const article = run(text, { lang: 'fr' });
      const names = article.actors.map((a) => a.name);
      for (const n of expected) expect(names, seen(article)).to.include(n);
      for (const n of absent) expect(names, seen(article)).not.to.include(n);
    });
  }

  it('takes the agent noun before a name as its role, and attributes a quote opened by « Pour X, »', () => {
    const forecast = run("Il est tombé 300 millimètres de pluie, d'après le prévisionniste François Gourand.", { lang: 'fr' });
    expect(forecast.actors.find((a) => a.name == 'François Gourand')).to.include({ kind: 'person', role: 'prévisionniste' });
    const farmer = run('Pour Maëlle Quéré, déléguée de la Confédération paysanne, « on nous demande de travailler à perte ».', { lang: 'fr' });
    expect(farmer.quotes.map((q) => q.speaker), seen(farmer)).to.deep.equal(['maelle-quere']);
  });

  it('reads the name after « sur » and a verb of saying as a medium, and the titled name after its comma as no apposition', () => {
    const article = run('Interrogé sur France Inter, le ministre Bruno Le Maire a jugé la hausse inévitable.', { lang: 'fr' });
    const medium = article.actors.find((a) => a.name == 'France Inter');
    expect(medium, seen(article)).to.include({ kind: 'organization' });
    expect(medium?.role, seen(article)).to.equal(undefined);
  });

  it('never calls an organisation named once sure, but a person named twice may be', () => {
    const article = run("Le syndicat Force ouvrière a protesté. Le ministre Jean Dupont a répondu. Dupont a ensuite quitté la salle.", { lang: 'fr' });
    expect(article.actors.find((a) => a.name == 'Force ouvrière')?.confidence, seen(article)).to.be.below(0.85);
    expect(article.actors.find((a) => a.name == 'Jean Dupont')?.confidence, seen(article)).to.be.at.least(0.85);
  });

  it('tells an organisation by the noun that describes it, before the name or in apposition', () => {
    const article = run('Marie-Claudette Kwizera est trésorière. Iteka, une association burundaise, a dénoncé les exactions. Le groupe Normalait a manifesté.', { lang: 'fr' });
    expect(article.actors.find((a) => a.name == 'Iteka'), seen(article)).to.include({ kind: 'organization', role: 'une association burundaise' });
    expect(article.actors.find((a) => a.name == 'Normalait'), seen(article)).to.include({ kind: 'organization', role: 'groupe' });
  });

  it('reads an acronym with the complement its full name had after its bracket as that body', () => {
    const article = run("La Société des journalistes (SDJ) d'I-Télé a protesté. La SDJ d'I-Télé a voté une motion.", { lang: 'fr' });
    expect(article.actors.find((a) => a.name == 'Société des journalistes')?.aliases, seen(article)).to.include("SDJ d'I-Télé");
  });

  it('reads an acronym of a name without the place it ends on as that body', () => {
    const article = run("Le directeur de l'Agence régionale de santé d'Occitanie a parlé. L'ARS promet une réouverture rapide.", { lang: 'fr' });
    expect(article.actors.find((a) => a.name == "Agence régionale de santé d'Occitanie")?.aliases, seen(article)).to.include('ARS');
  });

  it('never calls sure a person whose name holds no given name it knows, with no title or role', () => {
    const article = run('Kuseyo Mbala a protesté. Kuseyo Mbala a ensuite quitté la salle. Le ministre Jean Dupont a répondu. Dupont a insisté.', { lang: 'fr' });
    expect(article.actors.find((a) => a.name == 'Kuseyo Mbala')?.confidence, seen(article)).to.be.below(0.85);
    expect(article.actors.find((a) => a.name == 'Jean Dupont')?.confidence, seen(article)).to.be.at.least(0.85);
  });

  it('keeps a name in the phrase a preposition opens the sentence with out of the list after its comma', () => {
    const article = run('Sous le feu des questions de la commission des lois, Jean-Marie Girier et Stéphane Fratacci ont tenté de dédouaner leur ministre.', { lang: 'fr' });
    for (const name of ['Jean-Marie Girier', 'Stéphane Fratacci']) expect(article.actors.find((a) => a.name == name)?.kind, seen(article)).to.equal('person');
  });

  it("reads what an employer's title completes as a body, not as the title's domain", () => {
    const article = run('Le PDG de Renault, Carlos Ghosn, a été arrêté. Le ministre de l\'Intérieur a réagi.', { lang: 'fr' });
    expect(article.actors.find((a) => a.name == 'Renault')?.kind, seen(article)).to.equal('organization');
    expect(article.actors.map((a) => a.name), seen(article)).not.to.include('Intérieur');
  });

  it('reads an English company suffix as a body, and the name without it as the same body', () => {
    const article = run('Le studio américain Valve Corporation doit son succès à son premier jeu Half-Life. Valve a annoncé de nouveaux jeux.', { lang: 'fr' });
    expect(article.actors.find((a) => a.name == 'Valve Corporation'), seen(article)).to.deep.include({ kind: 'organization', aliases: ['Valve'] });
    // « premier » modifies the noun after it: « premier jeu » is no one's title.
    expect(article.actors.find((a) => a.name == 'Half-Life')?.role, seen(article)).to.equal(undefined);
  });

  it('gives the names of a list the kind its sure names or the noun introducing it say', () => {
    const article = run(
      "François Bayrou, le maire de Pau, s'est dit ému. D'autres politiques comme Hollande, Mélenchon, Bayrou ou Juppé ont rendu hommage. Le logiciel sert à des entreprises telles que Nestlé, Coca-Cola et Canon.",
      { lang: 'fr' },
    );
    const kinds = Object.fromEntries(article.actors.map((a) => [a.name, a.kind]));
    expect(kinds, seen(article)).to.deep.include({ Hollande: 'person', Mélenchon: 'person', Juppé: 'person', Nestlé: 'organization', Canon: 'organization' });
  });

  it("reads an organisation's name over its adjectives and complements, a second one joined by « et des » included", () => {
    const article = run(
      "Le Tribunal de grande instance de Nanterre a condamné la société. La Commission nationale de l'informatique et des libertés a infligé une amende. Le ministère de la Santé et des syndicats se sont réunis.",
      { lang: 'fr' },
    );
    const names = article.actors.map((a) => a.name);
    expect(names, seen(article)).to.include.members(['Tribunal de grande instance de Nanterre', "Commission nationale de l'informatique et des libertés", 'ministère de la Santé']);
    // After an article, a word in -er or -re is a noun, not an infinitive: « de la magistrature », « contre le cancer ».
    const more = run('Le Syndicat de la magistrature a dénoncé une atteinte. La Ligue contre le cancer a salué la décision.', { lang: 'fr' });
    expect(more.actors.map((a) => a.name), seen(more)).to.include.members(['Syndicat de la magistrature', 'Ligue contre le cancer']);
  });

  it('reads a code of letters and digits that is cited as a broadcaster, and one that is not as a product', () => {
    const article = run("« Nous sommes prêts », a déclaré sur TF1 le ministre Jean Dupont. Un Airbus A320 s'est posé à Orly.", { lang: 'fr' });
    const names = article.actors.map((a) => a.name);
    expect(names, seen(article)).to.include('TF1');
    expect(names, seen(article)).not.to.include('A320');
  });

  it('reads a compound of nationalities as one (« Italo-Suisse »), not « Météo-France »', () => {
    const article = run("La montre a été offerte par l'homme d'affaires Italo-Suisse Pablo Victor Dana. Selon Météo-France, « le risque est fort ».", { lang: 'fr' });
    const names = article.actors.map((a) => a.name);
    expect(names, seen(article)).to.include.members(['Pablo Victor Dana', 'Météo-France']);
    expect(names, seen(article)).not.to.include('Italo-Suisse');
  });

  it('reads an institution by its common noun only after a definite article', () => {
    const article = run("Hollande convoque un conseil de défense. Le conseil des ministres a adopté le texte, et la préfecture a réagi.", { lang: 'fr' });
    const names = article.actors.map((a) => a.name);
    expect(names, seen(article)).not.to.include('conseil de défense');
    expect(names, seen(article)).to.include('la préfecture');
  });

  it('reads « Intitulé » opening a sentence as the verb it is, not as a name', () => {
    const article = run('Intitulé « The Emperor Has No Balls », le projet a choqué la ville de New York.', { lang: 'fr' });
    expect(article.actors.map((a) => a.name), seen(article)).not.to.include('Intitulé');
  });

  it('merges short forms into one actor with its mentions and aliases', () => {
    const article = run('Le président Kassym-Jomart Tokayev a parlé. M. Tokayev a ensuite insisté.', { lang: 'fr' });
    const tokayev = article.actors.find((a) => a.name == 'Kassym-Jomart Tokayev')!;
    expect(tokayev.id).to.equal('kassym-jomart-tokayev');
    expect(tokayev.mentions).to.have.length(2);
    expect(tokayev.aliases).to.include('M. Tokayev');
    expect(tokayev.role).to.equal('président');
  });
});

describe('fr: actors, second pass', () => {
  // [text, names expected (subset), names that must not appear]
  const CASES: [string, string[], string[]][] = [
    ['« Quotidien » a affirmé que les deux filles ont effectué vingt-quatre CDD.', ['Quotidien'], []],
    ['Le film « Les Misérables » a été primé à Cannes.', [], ['Les Misérables']],
  ];
  for (const [text, expected, absent] of CASES) {
    it(JSON.stringify(text.slice(0, 70)), () => {
      const article = run(text, { lang: 'fr' });
      const names = article.actors.map((a) => a.name);
      for (const n of expected) expect(names, seen(article)).to.include(n);
      for (const n of absent) expect(names, seen(article)).not.to.include(n);
    });
  }
  it('counts every mention of a full name written again', () => {
    const article = run('Bruno Le Roux est ministre. « On parle d’un boulot d’été », a déclaré Bruno Le Roux.', { lang: 'fr' });
    expect(article.actors.find((a) => a.name == 'Bruno Le Roux')?.mentions.length).to.equal(2);
  });
});

describe('fr: organisation names with a complement after « pour »', () => {
  const CASES: [string, string[], string[]][] = [
    ['Pascale Moreau, directrice du bureau européen du Haut Commissariat des Nations Unies pour les réfugiés, a déclaré.', ['Haut Commissariat des Nations Unies pour les réfugiés'], ['Haut Commissariat des Nations Unies']],
    ["La Mairie a appelé la police pour le faire sortir.", [], ['police pour le faire sortir']],
    ["L'Union européenne pour le faire a voté.", ['Union européenne'], ['Union européenne pour le faire']],
  ];
  for (const [text, expected, absent] of CASES) {
    it(JSON.stringify(text.slice(0, 70)), () => {
      const article = run(text, { lang: 'fr' });
      const names = article.actors.map((a) => a.name);
      for (const n of expected) expect(names, seen(article)).to.include(n);
      for (const n of absent) expect(names, seen(article)).not.to.include(n);
    });
  }
});

describe('fr: roles', () => {
  // An apposition ends at a colon, a quotation, or the verb a forgotten comma leaves it against.
  const CASES: [string, string, string][] = [
    ["Le 22 octobre, Gaston Sindimwo, premier vice-président du Burundi a réagi : « C'est un geste ».", 'Gaston Sindimwo', 'premier vice-président du Burundi'],
    ["Le projet avance, comme l'indique Chris McKay, scientifique de la NASA : « L'idée est bonne ».", 'Chris McKay', 'scientifique de la NASA'],
    ["Selon le président du comité d'organisation de la primaire, Christophe Borgel, « il y a eu un bug ».", 'Christophe Borgel', "président du comité d'organisation de la primaire"],
  ];
  for (const [text, name, role] of CASES) {
    it(`${name}: ${role}`, () => {
      const article = run(text, { lang: 'fr' });
      expect(article.actors.find((a) => a.name == name)?.role, seen(article)).to.equal(role);
    });
  }
});

describe("fr: a body's word alone", () => {
  it('reads an initial and a surname as the one person of that surname whose given name opens with it', () => {
    const article = run('Donald Trump a félicité E. Macron pour sa victoire. Emmanuel Macron a remporté 66 % des suffrages. J. Smith a vu John Smith et Jane Smith.', { lang: 'fr' });
    const macron = article.actors.find((a) => a.name == 'Emmanuel Macron');
    expect(macron?.aliases, seen(article)).to.include('E. Macron');
    expect(article.actors.map((a) => a.name), seen(article)).to.include('J. Smith');
  });
  it('ends a country named in full before « de » and the body after it', () => {
    const article = run("Le Royaume-Uni a voté sa sortie. La sortie du Royaume-Uni de l'Union européenne inquiète. L'Union européenne a réagi.", { lang: 'fr' });
    const names = article.actors.map((a) => a.name);
    expect(names, seen(article)).to.include('Union européenne');
    expect(names.filter((n) => n.includes('Royaume-Uni de')), seen(article)).to.deep.equal([]);
  });
  it('reads « X sans frontières » as a body, not a nationality « sans papiers », nor « Rappelons » before « que »', () => {
    const article = run('Un hôpital tenu par Médecins sans frontières a été touché. Reporters sans frontières dénonce la situation. Des Français sans papiers manifestent. Rappelons que le mandat de Pierre Nkurunziza est contesté.', { lang: 'fr' });
    const names = article.actors.map((a) => a.name);
    expect(names, seen(article)).to.include.members(['Médecins sans frontières', 'Reporters sans frontières', 'Pierre Nkurunziza']);
    expect(names, seen(article)).not.to.include.members(['Français sans papiers']);
    expect(names, seen(article)).not.to.include.members(['Rappelons']);
  });
  it('keeps the letters after an apostrophe inside a name word, not an elided article', () => {
    const article = run("Le Haut-Commissaire aux droits de l'homme, Zeid Ra'ad Zeid Al-Hussein, a dénoncé les meurtres. L'ONU a réagi.", { lang: 'fr' });
    const names = article.actors.map((a) => a.name);
    expect(names, seen(article)).to.include.members(["Zeid Ra'ad Zeid Al-Hussein", 'ONU']);
    expect(names, seen(article)).not.to.include('Zeid Ra');
    expect(run("Aujourd'hui, le loup est protégé.", { lang: 'fr' }).actors, 'a relative day').to.deep.equal([]);
  });
  it('reads a code of letters and digits where something is shown as a broadcaster, not as a product', () => {
    const article = run('La cérémonie a été diffusée également sur TF1. Il a pris un vol sur un A320.', { lang: 'fr' });
    const names = article.actors.map((a) => a.name);
    expect(names, seen(article)).to.include('TF1');
    expect(names, seen(article)).not.to.include('A320');
  });
  it('reads no body noun as describing a name across an article, a conjunction or a preposition other than « de »', () => {
    const article = run("Le gouvernement israélien redoute que le Hezbollah s'installe près de la frontière. L'équipe brésilienne rencontrera donc la Suède.", { lang: 'fr' });
    for (const a of article.actors) expect(a.role ?? '', seen(article)).not.to.match(/redoute|rencontrera/);
    expect(article.actors.map((a) => a.name), seen(article)).not.to.include('Suède');
  });
  it("reads a city a live report counts people in, a Roman numeral and a name after a street or a shop as no actor", () => {
    const article = run("À Besançon (Doubs), on a recensé 300 manifestants pour l'acte VI. Les Gilets jaunes sont rue Gabriel Péri, puis voie Georges Pompidou. La boutique Philipp Plein a résisté.", { lang: 'fr' });
    const names = article.actors.map((a) => a.name);
    for (const name of ['Besançon', 'VI', 'Gabriel Péri', 'Georges Pompidou', 'Philipp Plein']) expect(names, seen(article)).not.to.include(name);
  });
  it("reads a name completing a street's or a square's noun as that place, a thing's complement as someone", () => {
    const article = run("Des manifestants traversent le parvis de l'Hôtel de Ville. Le député a observé une minute de silence avec l'accord de Richard Ferrand.", { lang: 'fr' });
    const likely = article.actors.filter((a) => a.confidence >= 0.5).map((a) => a.name);
    expect(likely, seen(article)).to.deep.equal(['Richard Ferrand']);
  });
  it("reads a title with its article, after the same title opening a sentence without it, as one actor", () => {
    const article = run("Le Canard enchaîné révèle l'affaire mercredi. Selon Le Canard Enchaîné, le ministre aurait menti.", { lang: 'fr' });
    expect(article.actors.length, seen(article)).to.equal(1);
  });
  it('reads a name written with and without a capital inside it as one actor', () => {
    const article = run('La Préfecture de police de Paris a compté 2 000 manifestants. La préfecture de police de Paris a confirmé le chiffre.', { lang: 'fr' });
    expect(article.actors.map((a) => [a.name, a.aliases]), seen(article)).to.deep.equal([['Préfecture de police de Paris', ['préfecture de police de Paris']]]);
  });
  it("ends an institution's name before a word of time (« le parquet demain »)", () => {
    const article = run('Il sera déféré devant un magistrat du parquet demain dimanche. Le parquet a confirmé.', { lang: 'fr' });
    expect(article.actors.map((a) => a.name), seen(article)).to.deep.equal(['le parquet']);
  });
  it("reads a place where « on » says something as the body speaking there", () => {
    const article = run("Chez Renault, on assure que « rien n'est décidé ».", { lang: 'fr' });
    expect(article.quotes.map((q) => q.speaker), seen(article)).to.deep.equal(['renault']);
  });
  it('reads a compound compass point opening a name as a place (« le Nord-Est de la Syrie »)', () => {
    const article = run("Les Forces démocratiques syriennes (FDS) ont lancé une offensive dans le sud du gouvernorat d'Hassaké (Nord-Est de la Syrie).", { lang: 'fr' });
    expect(article.actors.map((a) => a.name), seen(article)).not.to.include('Nord-Est de la Syrie');
  });
  it('reads a medium opening the sentence before a clause whose verb says as where the words were said', () => {
    const article = run("Sur Twitter, Thomas Bach a réagi à l'incident : « Comportement choquant du public ».", { lang: 'fr' });
    expect(article.actors.map((a) => a.name), seen(article)).to.include.members(['Thomas Bach', 'Twitter']);
  });
  it('reads where words were said past the subject inverted after the verb', () => {
    const article = run('« Edgard Pisani était un grand réformateur », a salué pour sa part le Premier ministre Manuel Valls sur Twitter.', { lang: 'fr' });
    expect(article.actors.map((a) => a.name), seen(article)).to.include.members(['Manuel Valls', 'Twitter']);
  });
  it('reads a name without its middle name, or without the first of three words, as the one person whose name holds it', () => {
    const article = run('Le physicien David J. Thouless est honoré. Le physicien Thomas Hans Hansson a salué ses travaux. David Thouless recevra la moitié du prix, a précisé Hans Hansson.', { lang: 'fr' });
    const names = article.actors.map((a) => a.name);
    expect(names, seen(article)).to.include.members(['David J. Thouless', 'Thomas Hans Hansson']);
    expect(names, seen(article)).not.to.include.members(['David Thouless']);
    expect(names, seen(article)).not.to.include.members(['Hans Hansson']);
  });
  it('is the body named last that it opens, among several', () => {
    const article = run("Le Front al-Nosra a rompu avec Al-Qaïda. Il devient le Front Fatah al-Cham, a annoncé son chef. Le Front est notamment un membre majeur de l'armée.", { lang: 'fr' });
    const names = article.actors.map((a) => a.name);
    expect(names, seen(article)).not.to.include('Front');
    expect(article.actors.find((a) => a.name == 'Front Fatah al-Cham')?.aliases, seen(article)).to.include('Front');
  });
  it('names no one where it heads no name and does not act, unless it names its body alone (« le Sénat »)', () => {
    const article = run('Le dossier arrive devant le Conseil lundi. Le Sénat a voté la loi.', { lang: 'fr' });
    const names = article.actors.map((a) => a.name);
    expect(names, seen(article)).not.to.include('Conseil');
    expect(names, seen(article)).to.include('Sénat');
  });
  it('gives a place named after a preposition no apposition that runs on to the verb: that is the clause\'s subject', () => {
    const article = run('Vers 19h40, sur les Champs-Élysées, un groupe de manifestants a chanté : « Au revoir Benalla ». Les messages ont été postés sur Weibo, un site de microblogage.', { lang: 'fr' });
    const names = article.actors.map((a) => a.name);
    expect(names, seen(article)).not.to.include('Champs-Élysées');
    expect(article.quotes.map((q) => q.speaker ?? null), seen(article)).to.deep.equal([null]);
  });
  it('reads a place noun past its adjective, Italian particles, and a word kept out of names written as a surname', () => {
    const article = run("Des tirs ont eu lieu à l'aéroport international Atatürk d'Istanbul. Le directeur adjoint, Alexandre Ifi, annonçait son départ. Terence Hill déclare au quotidien italien Corriere della Sera : « Je suis sous le choc ».", { lang: 'fr' });
    const names = article.actors.map((a) => a.name);
    expect(names, seen(article)).to.include.members(['Alexandre Ifi', 'Corriere della Sera', 'Terence Hill']);
    expect(names.some((n) => n.startsWith('Atatürk')), seen(article)).to.equal(false);
  });
  it('reads a name after its article that acts as a body, not as someone (« la Maison Blanche a déploré »)', () => {
    const article = run("En effet, la Maison Blanche a déploré le manque de sérieux des Nord-Coréens. Même si Donald Trump reste ouvert à une rencontre, il le met en garde : « vous parlez de vos capacités nucléaires, mais les nôtres sont si massives ».", { lang: 'fr' });
    expect(article.actors.find((a) => a.name == 'Maison Blanche')?.kind, seen(article)).to.equal('organization');
    expect(article.quotes.map((q) => speakerName(article, q.speaker)), seen(article)).to.deep.equal(['Donald Trump']);
  });
  it('reads a name in brackets after an acronym as what the acronym stands for: one body, not a person beside it', () => {
    const article = run("Un porte-parole de l'entreprise RTE (Réseau de transport d'électricité) a jugé la baisse anodine. RTE a ensuite précisé : « Cette baisse n'a pas eu d'impact sur les industries. »", { lang: 'fr' });
    const rte = article.actors.filter((a) => a.name.includes('Réseau') || a.name == 'RTE' || a.aliases.includes('RTE'));
    expect(rte.map((a) => [a.name, a.kind, a.aliases]), seen(article)).to.deep.equal([["Réseau de transport d'électricité", 'organization', ['RTE']]]);
  });
  it('reads a minister\'s domain between the title and the name as the role, capitalised or not', () => {
    const article = run("Le ministre de la justice Jean-Jacques Urvoas, à l'origine de la proposition, récuse toute volonté de « défendre la délinquance en col blanc ». Le ministre des Finances Bruno Le Maire a approuvé.", { lang: 'fr' });
    const roles = Object.fromEntries(article.actors.map((a) => [a.name, a.role]));
    expect(roles, seen(article)).to.include({ 'Jean-Jacques Urvoas': 'ministre de la justice', 'Bruno Le Maire': 'ministre des Finances' });
    expect(article.quotes.map((q) => speakerName(article, q.speaker)), seen(article)).to.deep.equal(['Jean-Jacques Urvoas']);
  });
});
