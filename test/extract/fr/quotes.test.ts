import { expect } from '@open-wc/testing';
import { run, seen, speakerName } from '../helpers.js';

describe('fr: quotes', () => {
  // [text, [quote text, speaker name or null][]]
  const CASES: [string, [string, string | null][]][] = [
    // A body named by its acronym alone is what a description just after says it is; an acronym is the body it spells.
    ["La CGT a appelé à une nouvelle journée de grève. Le syndicat estime que « le gouvernement n'a rien compris ».", [["le gouvernement n'a rien compris", 'CGT']]],
    ['Le Parti socialiste dénonce dans un communiqué « une dérive autoritaire ». Le PS demande « la démission du ministre ».', [['une dérive autoritaire', 'Parti socialiste'], ['la démission du ministre', 'Parti socialiste']]],
    // A coalition named by its common noun is a body that speaks.
    ["Un bombardement de la coalition internationale a tué des civils. La coalition a confirmé être à l'origine du bombardement, « à la demande des forces irakiennes ».", [['à la demande des forces irakiennes', 'coalition internationale']]],
    // People the text does not name opened the clause: a name in their complement did not speak.
    ['Nombre de manifestants se trouvant sur le parcours de Donald Trump ont crié « Not my president » samedi.', [['Not my president', null]]],
    ["Certains de ses anciens camarades de l'EFB ont confié au Canard enchaîné qu'on « ne voit pas comment elle a pu cumuler le tout ».", [['ne voit pas comment elle a pu cumuler le tout', null]]],
    // A body before a negation is its verb's subject, and speaks on through its description.
    ["Contacté par l'AFP, Airbus n'a pas souhaité commenter. « Nous respectons la décision », a ajouté le groupe.", [['Nous respectons la décision', 'Airbus']]],
    // A verb after « mais » keeps the sentence's subject; a name in an opener closed by a subject pronoun is not it.
    ["Raúl Castro n'a pas précisé les causes de la mort de Fidel Castro, mais a annoncé qu'il serait incinéré, « conformément à la volonté exprimée par le camarade ».", [['conformément à la volonté exprimée par le camarade', 'Raúl Castro']]],
    ["Édouard Philippe a détaillé les mesures. Concernant le RIC (Référendum d'Initiative Citoyenne), il dit ne pas « être contre son principe, mais pas sur n'importe quel sujet ».", [["être contre son principe, mais pas sur n'importe quel sujet", 'Édouard Philippe']]],
    // Sources news cites beside a verb of saying: a body's document, what was learned from someone, a medium's reporting.
    ['« Nous avons été surpris par la violence des faits », souligne le communiqué de la préfecture.', [['Nous avons été surpris par la violence des faits', 'la préfecture']]],
    ['« Trois personnes ont été interpellées », a-t-on appris auprès du parquet de Paris.', [['Trois personnes ont été interpellées', 'parquet de Paris']]],
    ['Selon les informations du Parisien, « le suspect était connu des services de police ».', [['le suspect était connu des services de police', 'Parisien']]],
    // A medium's name keeps its article; a description of the person who spoke last goes on with her.
    ['« La reprise est fragile », écrit le quotidien économique Les Échos.', [['La reprise est fragile', 'Les Échos']]],
    ["La sénatrice Nathalie Goulet estime que « la loi doit être changée ». Pour l'élue de l'Orne, « c'est une question de justice ».", [['la loi doit être changée', 'Nathalie Goulet'], ["c'est une question de justice", 'Nathalie Goulet']]],
    // A title in the masculine may be said of a woman: « elle » still stands for her.
    ["Le président de la FNSEA, Christiane Lambert, a réclamé « des mesures d'urgence ». Elle a ajouté : « Les agriculteurs sont à bout. »", [["des mesures d'urgence", 'Christiane Lambert'], ['Les agriculteurs sont à bout.', 'Christiane Lambert']]],
    // Someone unnamed after the verb spoke; the place they come from did not.
    ['« On a tout perdu », lance un manifestant venu de Lille.', [['On a tout perdu', null]]],
    // A description before a clause between commas is the verb's subject.
    ["Amnesty International a publié un rapport. L'ONG, qui enquête depuis deux ans, a ajouté que « la répression continue ».", [['la répression continue', 'Amnesty International']]],
    // A pronoun opening a sentence takes up the one person the sentence before named with no subject, and carries them on.
    [
      'Mike Pence a prêté serment à midi moins huit. Vient ensuite le tour de Donald Trump. Il a prêté serment sur les marches du Capitole. Il a ensuite prononcé son discours. « Il s\'agit de donner un cap aux États-Unis », a-t-il affirmé.',
      [["Il s'agit de donner un cap aux États-Unis", 'Donald Trump']],
    ],
    [
      'Zhumadin Patov, directeur adjoint d\'un marché, a parlé.\n\n"Il y a suffisamment de nourriture dans les entrepôts", a-t-il déclaré.',
      [['Il y a suffisamment de nourriture dans les entrepôts', 'Zhumadin Patov']],
    ],
    [
      "« Une leçon de l'histoire récente est difficile à oublier », a déclaré vendredi le secrétaire d'État Antony Blinken.",
      [["Une leçon de l'histoire récente est difficile à oublier", 'Antony Blinken']],
    ],
    [
      'Tokayev a ordonné aux troupes de tirer. Il a déclaré vendredi que l\'État avait "dormi pendant" les préparatifs.',
      [['dormi pendant', 'Tokayev']],
    ],
    [
      'Pascale Moreau, directrice du bureau européen, a déclaré : « la demande d\'asile est un droit humain fondamental ».',
      [["la demande d'asile est un droit humain fondamental", 'Pascale Moreau']],
    ],
    [
      "Les otages sont libres, selon Issa Tchiroma Bakary, ministre camerounais des Communications. « Les otages libérés ont été conduits au camp », précise encore le ministre.",
      [['Les otages libérés ont été conduits au camp', 'Issa Tchiroma Bakary']],
    ],
    [
      "Le ministre de l'intérieur, Sándor Pintér, a expliqué que « le peuple attend beaucoup du gouvernement ». Avant d'ajouter : « Les projets de loi « Stop Soros » servent cet objectif ».",
      [['le peuple attend beaucoup du gouvernement', 'Sándor Pintér'], ['Les projets de loi « Stop Soros » servent cet objectif', 'Sándor Pintér']],
    ],
    [
      "Bruno Le Roux, l'actuel ministre de l'Intérieur, a parlé. « Bien entendu, mes filles ont travaillé avec moi. » « Je me souviens de tout cela très bien. », a répondu le ministre.",
      [['Bien entendu, mes filles ont travaillé avec moi.', 'Bruno Le Roux'], ['Je me souviens de tout cela très bien.', 'Bruno Le Roux']],
    ],
    [
      "« Les otages sont libres », a confié à Reuters le directeur de la police, Patrice Furé.",
      [['Les otages sont libres', 'Patrice Furé']],
    ],
    // A pronoun right before its verb is its subject, not the last name of the list before it; a person's title, then
    // the organisation they head, then their name.
    [
      "Le président François Hollande a réuni le Premier ministre Bernard Cazeneuve et le ministre de la Justice, Jean-Jacques Urvoas, à la suite de quoi il a affirmé que « ces faits sont terroristes ».",
      [['ces faits sont terroristes', 'François Hollande']],
    ],
    [
      "La rupture a été négociée avec le chef de l'organisation Ayman al-Zawahiri, qui déclare que « vous pouvez rompre les liens ».",
      [['vous pouvez rompre les liens', 'Ayman al-Zawahiri']],
    ],
    // A pronoun after an unnamed source goes on with that source, not with the organisation named before it.
    [
      "Le parquet fédéral a ouvert une enquête. « Rien n'est confirmé », selon une source proche de l'enquête. Ses explications « n'avaient aucun sens », précise-t-elle.",
      [["Rien n'est confirmé", null], ["n'avaient aucun sens", null]],
    ],
    // Whoever speaks for a person named after « de » is not that person; a body that speaks for them is an
    // organisation of its own.
    [
      "Bruno Le Roux est ministre. « Les missions ont été faites », se défend le cabinet de M. Le Roux. « Il n'a rien fait », a déclaré l'avocat de Jean Dupont.",
      [['Les missions ont été faites', 'cabinet de M. Le Roux'], ["Il n'a rien fait", null]],
    ],
    // An attribution inside the marks splits them into two quotes of its speaker.
    [
      "Benoît Hamon est venu. « J'ai avec lui une relation de confiance, confiait d'ailleurs Hamon en 2010. J'écoute ses conseils. »",
      [["J'ai avec lui une relation de confiance", 'Benoît Hamon'], ["J'écoute ses conseils.", 'Benoît Hamon']],
    ],
    // The subject of a passive verb of saying is what is spoken of; a reflexive verb is active; a verb ends a name.
    [
      "Le Conseil constitutionnel rappelle que c'est un « objectif de valeur constitutionnelle ». La pratique est accusée de « ne pas respecter la loi ». Le patron s'est excusé « pour avoir dû replacer les clients ».",
      [['objectif de valeur constitutionnelle', 'Conseil constitutionnel'], ['ne pas respecter la loi', null], ['pour avoir dû replacer les clients', null]],
    ],
    // « il » in a clause after « Trump a indiqué que » is Trump, not the newspaper that opens the sentence.
    [
      "Donald Trump est président. Dans une interview au Wall Street Journal publiée vendredi, Trump a indiqué qu'il souhaite maintenir les sanctions « au moins pour un temps ».",
      [['au moins pour un temps', 'Donald Trump']],
    ],
    // An institution named by its common noun alone speaks as one.
    [
      "La préfecture a confirmé l'incident. « Aucun blessé n'est à déplorer », précise la préfecture. Le département compte 500 000 habitants.",
      [["Aucun blessé n'est à déplorer", 'la préfecture']],
    ],
    // A name after the verb that follows a quotation is its subject past words of time; not one completing a noun.
    ["« Il faut agir », martèle depuis des mois Greenpeace. « La production baisse », analyse un expert auprès du Parisien.", [['Il faut agir', 'Greenpeace'], ['La production baisse', null]]],
    // « ce dernier » stands for the agent of a passive named last, and « l'intéressée » after the verb for the woman named.
    ["Le gardien Mathis Colin a été remplacé par Alexis Baron. Ce dernier a reconnu que l'équipe avait « manqué d'envie ».", [["manqué d'envie", 'Alexis Baron']]],
    ["L'ancienne championne Laura Mével serait pressentie pour diriger l'équipe. « Rien n'est signé », tempère l'intéressée.", [["Rien n'est signé", 'Laura Mével']]],
    // « selon qui » speaks for the name before it; « par la voix de X » names the voice; « à ses yeux » and « son
    // explication : » are the view of the one the text is speaking of.
    ["Le procureur de Bobigny, Éric Mathais, selon qui les faits sont « d'une extrême gravité », a requis cinq ans de prison.", [["d'une extrême gravité", 'Éric Mathais']]],
    ["De son côté, l'opposition, par la voix de son chef de file Gilles Moreau, a dénoncé « un budget insincère et dangereux ».", [['un budget insincère et dangereux', 'Gilles Moreau']]],
    ["L'avocate Sophie Mazel a gagné. À ses yeux, « ce jugement fera jurisprudence ».", [['ce jugement fera jurisprudence', 'Sophie Mazel']]],
    ["Le curé Jean-Marie Favreau a ouvert son église. Son explication tient en une phrase : « On ne pouvait pas les laisser dehors. »", [['On ne pouvait pas les laisser dehors.', 'Jean-Marie Favreau']]],
    // « elle » agrees with the gender the article gives a body (« le tribunal »), and with no subject of its gender stands
    // for the one woman just named; « s'est dite » says, « la loi dite » names.
    ["Le tribunal a entendu Pierre Anselme, le gérant, et sa comptable, Nathalie Brun. Elle a reconnu avoir « suivi les consignes sans poser de questions ».", [['suivi les consignes sans poser de questions', 'Nathalie Brun']]],
    ["La députée Claire Montel s'est dite « profondément choquée » par les propos. La loi dite « Sapin deux » a été votée.", [['profondément choquée', 'Claire Montel']]],
    // A verb of saying in several words before its inverted subject; a slogan on a banner is not said; an offence's name
    // stays one when the verb after it belongs to the next quotation.
    ["« Le président suit la situation heure par heure », a fait savoir l'Élysée.", [['Le président suit la situation heure par heure', 'Élysée']]],
    ["Les manifestants brandissaient des banderoles « Non à la fermeture de l'usine ». « Nous serons là demain », a promis Luc Berthier.", [['Nous serons là demain', 'Luc Berthier']]],
    ["Mis en examen pour « prise illégale d'intérêts », l'ancien maire de Sète, Christian Molinier, a dénoncé « un acharnement judiciaire ».", [['un acharnement judiciaire', 'Christian Molinier']]],
    ["Dans une lettre ouverte, une quarantaine de soignants de l'hôpital réclament la démission du directeur, Philippe Audouin. Ils y dénoncent « une gestion par la peur ».", [['une gestion par la peur', null]]],
    // « Ils » opening a sentence after one whose subject is people the text does not name stands for them.
    ["Des habitants de la cité des Tilleuls ont manifesté samedi. Ils réclament « des caméras et davantage de policiers ».", [['des caméras et davantage de policiers', null]]],
    // The comma closing a phrase a preposition opens the sentence with closes no apposition: no role for the name after.
    ["À cette question de notre journaliste, Pascale Hurtado marque un temps. « Je regrette la manière, pas la décision », répond l'ancienne ministre.", [['Je regrette la manière, pas la décision', 'Pascale Hurtado']]],
    // « la première » is the first of the two people named last, « la seconde » the last; not « le Premier ministre ».
    ["Deux anciennes ministres, Françoise Lebrun et Odile Martinon, ont croisé le fer. La première a défendu « des choix difficiles mais nécessaires ». La seconde l'a accusée d'avoir « ignoré les alertes des soignants ».", [['des choix difficiles mais nécessaires', 'Françoise Lebrun'], ['ignoré les alertes des soignants', 'Odile Martinon']]],
    // A noun for what someone does, after the verb, is the person just named; an agent is named too before a colon; a
    // verb of replying may carry its pronoun.
    ["La chanteuse Maëva Lopez a annoncé la fin de sa carrière. « J'ai besoin de retrouver une vie normale », écrit l'artiste de 38 ans.", [["J'ai besoin de retrouver une vie normale", 'Maëva Lopez']]],
    ["Un constat partagé par Henri Bouvet, apiculteur dans le Lot : « J'ai perdu la moitié de mes ruches. »", [["J'ai perdu la moitié de mes ruches.", 'Henri Bouvet']]],
    ["Lui, Bernard Aubert, s'occupe des vignes ; elle, Sylvie Aubert, du commerce. « On ne se parle plus qu'au travail », sourit-elle. « Et encore, le moins possible », renchérit-il.", [["On ne se parle plus qu'au travail", 'Sylvie Aubert'], ['Et encore, le moins possible', 'Bernard Aubert']]],
    // « Pour X, la BCE « … » »: whose view it is, though the clause names another.
    ["Plusieurs économistes jugent la décision timide. Pour Thomas Roulier, chef économiste chez Corvane Bank, la BCE « a un temps de retard ».", [['a un temps de retard', 'Thomas Roulier']]],
    // Someone by their nationality after the verb is the person just named, not an actor of their own.
    ["Tête de série, la Française Inès Lambert a été sortie dès le deuxième tour. « Je n'ai jamais trouvé mon rythme », a réagi la Française.", [["Je n'ai jamais trouvé mon rythme", 'Inès Lambert']]],
    // A phrase of contrast between commas keeps the name before it the verb's subject.
    ["Le Pentagone a confirmé le déploiement. Moscou, de son côté, dénonce « une escalade dangereuse ».", [['une escalade dangereuse', 'Moscou']]],
    // « rejeter », « invoquer », "cite" attribute.
    ["Le Kremlin a rejeté jeudi toute idée de cessez-le-feu « sans garanties de sécurité ».", [['sans garanties de sécurité', 'Kremlin']]],
    // An interviewer's question between two quotations hands the word back to the one who spoke.
    ["Dans un entretien à l'AFP, le cinéaste Théo Vasseur dit avoir voulu filmer « la fin d'un monde ». Pourquoi la Bretagne ? « Parce que c'est là que j'ai grandi, tout simplement. »", [["la fin d'un monde", 'Théo Vasseur'], ["Parce que c'est là que j'ai grandi, tout simplement.", 'Théo Vasseur']]],
    // A name between commas right before a verb of saying is its subject; « préfecture maritime » heads a body's name.
    ["Le motoriste concerné, Avionor, affirme qu'« aucun incident en vol n'a été signalé ». La préfecture maritime de la Méditerranée assure que « les contrôles ont été renforcés ».", [["aucun incident en vol n'a été signalé", 'Avionor'], ['les contrôles ont été renforcés', 'préfecture maritime de la Méditerranée']]],
    // A pronoun stressed after a description that names no one leaves the words unnamed; « où l'on » speaks for the body.
    ["Son avocat, Me Julien Brochard, évoque « un drame de la jalousie ». La famille de la victime, elle, réclame « la vérité et rien que la vérité ».", [['un drame de la jalousie', 'Julien Brochard'], ['la vérité et rien que la vérité', null]]],
    ["Les négociations ont échoué chez Maxidis. Même son de cloche à la CFDT, où l'on juge l'offre « très en deçà de l'inflation ».", [["très en deçà de l'inflation", 'CFDT']]],
    // A verb of replying hands the turn to someone other than the last speaker; « le syndicaliste » is someone named.
    ["À la barre, le propriétaire, Gilbert Sarfati, 74 ans. « Saviez-vous que l'installation était défaillante ? », lui demande la présidente, Isabelle Fournel. « On ne m'a jamais rien signalé », répond le prévenu. « Vous aviez reçu trois courriers », objecte la magistrate.", [["Saviez-vous que l'installation était défaillante ?", 'Isabelle Fournel'], ["On ne m'a jamais rien signalé", 'Gilbert Sarfati'], ['Vous aviez reçu trois courriers', 'Isabelle Fournel']]],
    ["Invitée de la matinale de Radio Alpes, la maire de Grenoble, Sabrina Nguyen, a été interrogée. « Avez-vous perdu le contrôle ? », lui a demandé le journaliste Paul Girardin. « Absolument pas, et je refuse ce vocabulaire », a-t-elle rétorqué.", [['Avez-vous perdu le contrôle ?', 'Paul Girardin'], ['Absolument pas, et je refuse ce vocabulaire', 'Sabrina Nguyen']]],
    ["La décision a suscité la colère de Sylvain Hoarau, délégué CGT du site. « Ils vont produire en Inde ce qu'ils faisaient ici », accuse le syndicaliste.", [["Ils vont produire en Inde ce qu'ils faisaient ici", 'Sylvain Hoarau']]],
    // A sentence made only of a quotation, then one opening on a noun for words, names who said them; a rectorate is a body.
    ["« On ne peut plus travailler dans ces conditions. » Le cri d'alarme émane de Florence Dubreuil, directrice d'école. Le rectorat de Créteil assure que « des remplaçants seront nommés ».", [['On ne peut plus travailler dans ces conditions.', 'Florence Dubreuil'], ['des remplaçants seront nommés', 'rectorat de Créteil']]],
    // An attribution inside the marks may hold a reflexive verb, a time and a title, or a title then the name in apposition.
    ["« Ce n'est qu'un au revoir, s'est écriée la chanteuse Lina Moreau devant ses fans, je reviendrai. »", [["Ce n'est qu'un au revoir", 'Lina Moreau'], ['je reviendrai.', 'Lina Moreau']]],
    ["« Si rien ne bouge, a prévenu la secrétaire générale de la CFDT Santé, Sophie Lambert, nous appellerons à la grève. »", [['Si rien ne bouge', 'Sophie Lambert'], ['nous appellerons à la grève.', 'Sophie Lambert']]],
    // An impersonal « on » after an opener that says where speaks for the body there.
    ["Chez Renault, on assure que « aucun site ne fermera en France ». À l'Élysée, on précise que « rien n'est décidé ».", [['aucun site ne fermera en France', 'Renault'], ["rien n'est décidé", 'Élysée']]],
    ["Du côté de Bercy, on assure que « les comptes sont tenus ».", [['les comptes sont tenus', 'Bercy']]],
    // A quote with no verb of its own, in a sentence that goes on to a quote attributed after it, is that speaker's,
    // not the previous sentence's subject.
    [
      "Marie Dupont et Paul Martin ont réagi. « Tout incident de ce type est sérieux », bien que, cette fois, cela ne « devrait pas avoir de suite », estime Neil Hyatt, professeur à Sheffield.",
      [['Tout incident de ce type est sérieux', 'Neil Hyatt'], ['devrait pas avoir de suite', 'Neil Hyatt']],
    ],
    // A pronoun does not stand for the subject of a clause « que » opens: that is what someone said.
    [
      "L'entraîneur parisien, Staffan Olsson, juge que le résultat doit servir de réveil. « La plus grande différence était en attaque », a-t-il expliqué, jugeant que Montpellier a été la meilleure équipe. Interrogé sur les gardiens, il explique qu'au-delà du gardien, « la défense n'était pas si bonne ».",
      [['La plus grande différence était en attaque', 'Staffan Olsson'], ["la défense n'était pas si bonne", 'Staffan Olsson']],
    ],
    // A quote standing alone after a sentence is its subject's, past a long opener that a preposition opens.
    [
      "Selon une étude publiée par la revue Monthly Notices of the Royal Astronomical Society, François Hammer et son équipe sont parvenus à cette conclusion. « Il y a cinq ans, une telle découverte aurait été impossible. »",
      [['Il y a cinq ans, une telle découverte aurait été impossible.', 'François Hammer']],
    ],
    // A quote standing alone after a sentence whose subject is « il » is that person's; an apposition ends at its verb.
    [
      "Pierre Karl Péladeau a démissionné. Il a évoqué des raisons familiales. « Aujourd'hui, je suis devant une absence de choix » Il a été élu en 2014.",
      [["Aujourd'hui, je suis devant une absence de choix", 'Pierre Karl Péladeau']],
    ],
    [
      "« Nous avons perdu le contact » a déclaré un responsable de l'administration de Barack Obama.",
      [['Nous avons perdu le contact', null]],
    ],
    // « Pour lui, « … » », a gerund after an inverted pronoun, a reflexive verb of manner.
    [
      "François Fillon est mis en cause. Pour lui, « la vraie question est ailleurs ». « C'est un assassinat politique », a-t-il fustigé, tout en affirmant « ne pas reconnaître les faits ». « Ce qui est remarquable, c'est que ça marche », s'enthousiasme Federico Garcia.",
      [['la vraie question est ailleurs', 'François Fillon'], ["C'est un assassinat politique", 'François Fillon'], ['ne pas reconnaître les faits', 'François Fillon'], ["Ce qui est remarquable, c'est que ça marche", 'Federico Garcia']],
    ],
    // A source named a few words after « selon »; « pour X » after a short opener; an organisation described at length.
    ["Selon les propos de son avocat, Me Antonin Levy à l'AFP, « la mise en examen est intervenue ».", [['la mise en examen est intervenue', 'Antonin Levy']]],
    ["En effet, pour Kenza Occansey du syndicat FAGE, « le baby-boom ne nous est pas tombé dessus ».", [['le baby-boom ne nous est pas tombé dessus', 'Kenza Occansey']]],
    // A name inside the apposition or the title before the verb is not its subject; « Pour X, …, : « … » ».
    ["La ville est touchée. Gianni Infantino, le président de la FIFA, déclare être « choqué et attristé ».", [['choqué et attristé', 'Gianni Infantino']]],
    ["Le président de l'Association des collaborateurs, Nicolas Thibault, a pris la défense des Fillon. Pour lui, « rien n'est illégal ».", [["rien n'est illégal", 'Nicolas Thibault']]],
    ["Ainsi, pour Jérôme Rivière, membre du comité de campagne de Marine Le Pen : « pas de flash info, ni émotion ».", [['pas de flash info, ni émotion', 'Jérôme Rivière']]],
    // A description or a name completing a noun is not the verb's subject; a body speaking for someone is itself.
    ["La marque Rebellion a offert une montre. Un membre de l'entreprise affirme que c'était un geste « très amical ».", [['très amical', null]]],
    ["François Fillon a menti. L'entourage de Fillon explique qu'il a commis « une imprécision de langage ».", [['une imprécision de langage', 'entourage de Fillon']]],
    ["L'ONG Amnesty International a publié un rapport. « La situation est grave », souligne l'ONG.", [['La situation est grave', 'Amnesty International']]],
    // « l'instance », « l'institution »: a word for any governing body stands for the one of a fitting head named last.
    ["La Fédération française de football a suspendu le joueur. « Nous attendons des actes », écrit Libération. « Cette décision est définitive », a précisé l'instance.", [['Nous attendons des actes', 'Libération'], ['Cette décision est définitive', 'Fédération française de football']]],
    // A medium between a name and its verb is where the words were said, not the subject « elle » takes up.
    ["Sophia Aram sur France Inter a affirmé que le gilet est magique. Elle a ajouté que « les slogans ne sont rien ».", [['les slogans ne sont rien', 'Sophia Aram']]],
    // A name in marks after a noun for a body or a thing, one word qualifying it, or after « rebaptisé », names it.
    ["Vers 7h00, le site internet « Union Gilets Jaunes 84 » a publié un communiqué. Ils ont réveillonné dans l'espace Cosmao-Dumanoir, rebaptisé la « Maison, du peuple et des luttes ».", []],
    // An elided word and the word it is glued to are one word: « d'amplifier » is a one-word quotation, none.
    ["Le ministre Mounir Mahjoubi a appelé les plateformes à ne pas « d’amplifier » les rumeurs.", []],
    ["Le ministère de l'Intérieur a confirmé mardi que la police appliquera la loi. Le communiqué précise que « les forces de l'ordre n'auront aucun état d'âme ».", [["les forces de l'ordre n'auront aucun état d'âme", "ministère de l'Intérieur"]]],
    ["Des habitants sont inquiets, comme Karim, un boulanger de 26 ans, qui a déclaré : « Je suis fier de mon pays. »", [['Je suis fier de mon pays.', 'Karim']]],
    // A name right before a verb's object pronoun is its subject, and an actor: « Télérama le qualifiant ».
    ["L'animateur Jean-Marc Morandini est critiqué, Télérama le qualifiant « d'expert médias le plus douteux du secteur ».", [["d'expert médias le plus douteux du secteur", 'Télérama']]],
    // A short phrase in marks that the text also writes without them is a term it adopted, nobody's words.
    ["Les « gilets jaunes » ont bloqué la rue, a déclaré le préfet Jean Dupont. Les gilets jaunes sont partis à midi. Il a dénoncé « une violence inouïe ».", [['une violence inouïe', 'Jean Dupont']]],
    // A short phrase after a colon is the words of the one person its clause names.
    ["Vers 10h50, Castaner, le ministre de l'Intérieur, a comptabilisé 10 000 manifestants dans toute la France : « une petite minorité ».", [['une petite minorité', 'Castaner']]],
    // Words in marks with no verb of their own, after a sentence of reported speech, go on with that speech's speaker.
    ["Le ministère de la Santé a indiqué mardi que la situation restait préoccupante. « Nous ne pouvons pas baisser la garde. »", [['Nous ne pouvons pas baisser la garde.', 'ministère de la Santé']]],
    // A title keeps its lower-case complement (« Le Journal du dimanche »).
    ["Le Journal du dimanche affirme même que « François Fillon a perçu sept chèques ».", [['François Fillon a perçu sept chèques', 'Journal du dimanche']]],
    ["« Les bus ont commencé à entrer dans les quartiers », a indiqué l'agence de presse officielle syrienne Sana.", [['Les bus ont commencé à entrer dans les quartiers', 'Sana']]],
    // « Pour » and a role before the person's name; « elle » after an unnamed lawyer stays unnamed.
    ["Pour le président du Centre d'analyse du terrorisme, Jean-Charles Brisard, « on est face à des individus déterminés ».", [['on est face à des individus déterminés', 'Jean-Charles Brisard']]],
    ["Le PS a porté plainte. L'avocate de Benoît Hamon précise que la plainte vise l'injure. « Pour attaquer en diffamation, il faut des faits », explique-t-elle.", [['Pour attaquer en diffamation, il faut des faits', null]]],
    // A newspaper's title keeps the adjective after its noun.
    ["Le Canard enchaîné déplore « le résultat burlesque d'une législation ». Selon Le Républicain lorrain, « tout va bien ».", [["le résultat burlesque d'une législation", 'Canard enchaîné'], ['tout va bien', 'Le Républicain lorrain']]],
    // A verb of saying after an article and a preposition is a noun: « à la demande du gouvernement ».
    // (« qualifier X de « … » » reports its subject's words about X.)
    ["De Gaulle qualifie Gatti de « poète surchauffé », à la demande du gouvernement espagnol, malgré André Malraux.", [['poète surchauffé', 'Gaulle']]],
    // A named source between the verb and the quotation is nearer the words than the verb's subject.
    ["Donald Trump a échoué. Il n'a pu que constater son impuissance et, selon Paul Ryan, la difficulté de passer d'« un parti d'opposition à un parti de gouvernement ».", [["un parti d'opposition à un parti de gouvernement", 'Paul Ryan']]],
    // « cette dernière »: the woman named last, not the sentence's subject.
    ["Le présentateur Jean Martin a reçu Vaimalama Chaves. Cette dernière a affirmé que les revendications « sont pertinentes ».", [['sont pertinentes', 'Vaimalama Chaves']]],
    // A title no one was given, even capitalised, goes on with the person the sentence before was about; a title given
    // to someone else does not.
    ["Jean Castex a présenté le plan. « C'est un effort sans précédent », a souligné le Premier ministre.", [["C'est un effort sans précédent", 'Jean Castex']]],
    ["Le président Paul Durand a présenté le plan. « C'est un effort sans précédent », a souligné le ministre.", [["C'est un effort sans précédent", null]]],
    // « Pour elle » gives the view of whom the pronoun stands for; « la jeune femme », the woman just named.
    ["Anne Martin a manifesté mardi. Pour elle, « le compte n'y est pas ».", [["le compte n'y est pas", 'Anne Martin']]],
    ["Paul Martin et Julie Bernard ont témoigné. « J'ai eu très peur », raconte la jeune femme.", [["J'ai eu très peur", 'Julie Bernard']]],
    // « il » after an incise whose subject was set after its verb stands for that subject.
    ["Un Français a été enlevé jeudi, a confirmé le ministère des Affaires étrangères. « Nous sommes mobilisés », a-t-il communiqué.", [['Nous sommes mobilisés', 'ministère des Affaires étrangères']]],
    // Where something happened does not speak.
    ["Matignon a démenti toute réunion. À Matignon, des manifestants ont crié « Macron démission ».", [['Macron démission', null]]],
    ["Même son de cloche chez Marie Curie : « On attend des actes. »", [['On attend des actes.', 'Marie Curie']]],
    // Whoever asks is not whoever answers; after an opening phrase, the words running to the verb are its subject.
    ["Interrogé par Mediapart, le ministre a répondu : « Je n'ai rien à cacher. »", [["Je n'ai rien à cacher.", null]]],
    // The date between a paper's name and its verb.
    ["Le Canard enchaîné de ce 22 mars ajoute que le couple a « signé une fausse déclaration ».", [['signé une fausse déclaration', 'Canard enchaîné']]],
    // However long its complement, a title opening the clause is the verb's subject, not the name inside it.
    ["Dans une interview, Xavier Bertrand affirme qu'il ira « jusqu'au bout ». Le président de la région Hauts-de-France ajoute : « Je suis prêt. »", [["jusqu'au bout", 'Xavier Bertrand'], ['Je suis prêt.', 'Xavier Bertrand']]],
    // Scare quotes and names of things are not quotes.
    ["Benjamin Cauchy, porte-parole des « Gilets jaunes libres », estime que la concertation « doit commencer vite ».", [['doit commencer vite', 'Benjamin Cauchy']]],
    ['Une opération qualifiée d\'« inédite » a eu lieu contre la « population étrangère » du pays.', []],
    ['Le parlement a adopté le projet « Stop Soros » hier.', []],    // Right after the marks and a comma, a verb with its subject after it attributes, whatever it means.
    ["Le FC Lorient s'est imposé. « Ce groupe ne lâche jamais rien », savourait l'entraîneur lorientais, Régis Tanguy.", [['Ce groupe ne lâche jamais rien', 'Régis Tanguy']]],
    ["L'ARS a confirmé trois cas. « Il n'y a pas lieu de s'inquiéter », a tenu à rassurer le maire, Jean-Marc Albouy.", [["Il n'y a pas lieu de s'inquiéter", 'Jean-Marc Albouy']]],
    // A name right after an opener without a verb or a name of its own is its sentence's subject, whom « il » stands for.
    ["Ancien footballeur reconverti dans la restauration, Yacine Belkacem ouvre un restaurant à Lille. « C'est le seul endroit où je retrouve l'adrénaline », dit-il.", [["C'est le seul endroit où je retrouve l'adrénaline", 'Yacine Belkacem']]],
    ["« On ne peut plus continuer ainsi. » C'est le constat de Florence Dubreuil, directrice d'école.", [['On ne peut plus continuer ainsi.', 'Florence Dubreuil']]],
    ["« Nous ne reculerons pas. » C'est ce qu'a déclaré mardi le Premier ministre belge, Marc Dujardin.", [['Nous ne reculerons pas.', 'Marc Dujardin']]],
    ["« Nous ne reculerons pas. » C'est en ces termes que Marc Dujardin a réagi mardi.", [['Nous ne reculerons pas.', 'Marc Dujardin']]],
    // Whose view « Pour X » gives, past an apposition of where X works and the clause's subject.
    ["Pour la politologue Joana Meireles, de l'Université de Lisbonne, le gouvernement « a perdu sa majorité morale ».", [['a perdu sa majorité morale', 'Joana Meireles']]],
    // Any description of one person as the inverted subject is the one person named in the sentences just before.
    ["Le conseiller fédéral Pascal Roth a défendu le projet. Le Parlement doit se prononcer en mars. « Nous avons trouvé un compromis », a affirmé le libéral-radical.", [['Nous avons trouvé un compromis', 'Pascal Roth']]],
    ["Le cinéaste Marc Olivier présente son film à Cannes. La critique est enthousiaste. « J'ai voulu filmer la lenteur », explique le réalisateur.", [["J'ai voulu filmer la lenteur", 'Marc Olivier']]],
    // After « que », « le prévenu » is a noun, and the subject of the clause reported, not who speaks.
    ["Le procès de Paul Mercier s'est ouvert lundi. Le tribunal a estimé que le prévenu avait « agi avec préméditation ».", [['agi avec préméditation', 'tribunal']]],
    // A title opening the clause with a long complement is the verb's subject; whom the verb is said to is not.
    ["Emmanuel Macron a visité l'usine. Le chef de l'État en déplacement à Égletons a dit au président de la région Alain Rousset « Il y en a certains qui feraient mieux de chercher ».", [['Il y en a certains qui feraient mieux de chercher', 'Emmanuel Macron']]],
    // « la plus haute juridiction administrative » describes a court named before, whatever its head (« Conseil »).
    ["Le Conseil d'État a ordonné de lever l'interdiction. La plus haute juridiction administrative estime que la mesure constitue « une atteinte grave » à la liberté de culte.", [['une atteinte grave', "Conseil d'État"]]],
    // A noun for someone after the verb is the last speaker, past a sentence about something else.
    ["« Les fumées ont rendu l'évacuation difficile », a expliqué le commandant Thierry Vaillancourt. Une centaine de pompiers ont été mobilisés. « Nous avons dû procéder à des sauvetages », a ajouté l'officier.", [["Les fumées ont rendu l'évacuation difficile", 'Thierry Vaillancourt'], ['Nous avons dû procéder à des sauvetages', 'Thierry Vaillancourt']]],
    // A quotation alone after a sentence that a description of someone opens is that person's.
    ["« Je ne dors plus », confie Jean-Pierre Giordan, l'éleveur touché. Le sexagénaire envisage de vendre son troupeau. « À quoi bon continuer si l'État nous laisse seuls ? »", [['Je ne dors plus', 'Jean-Pierre Giordan'], ["À quoi bon continuer si l'État nous laisse seuls ?", 'Jean-Pierre Giordan']]],
    ["« Nous avons gagné des parts de marché », s'est félicité son PDG, Laurent Saint-Aubin. Le dirigeant a toutefois prévenu que 2025 serait « une année de transition ».", [['Nous avons gagné des parts de marché', 'Laurent Saint-Aubin'], ['une année de transition', 'Laurent Saint-Aubin']]],
    // A noun for what someone does in -ien (« le technicien », « le praticien ») is someone, as one in -ienne is.
    ["L'entraîneur breton, Olivier Guégan, n'a pas cherché d'excuses. « On a été mous », a-t-il lâché. Le technicien a annoncé qu'il réunirait son groupe. « Il va falloir se dire les choses. »", [['On a été mous', 'Olivier Guégan'], ['Il va falloir se dire les choses.', 'Olivier Guégan']]],
    // Someone by where they come from is the person just named, not a body; a description opening a sentence is its
    // subject, whom « elle » stands for rather than the woman named after it.
    ["Maxime Bellanger a gagné l'étape. « Je n'y croyais plus », a raconté le Mayennais, en larmes.", [["Je n'y croyais plus", 'Maxime Bellanger']]],
    ["La joueuse Lucía Ortega a battu Anna Kowalski. « J'ai très bien servi », a confié l'Espagnole.", [["J'ai très bien servi", 'Lucía Ortega']]],
    ["Clara Lemaître a perdu. La Lyonnaise de 22 ans s'est inclinée face à la Polonaise Agnieszka Wrona. « J'ai eu ma chance », a-t-elle regretté.", [["J'ai eu ma chance", 'Clara Lemaître']]],
    // Someone unnamed just brought in is whom « elle » stands for; someone's relative is someone else, unnamed.
    ["Marion Espinasse s'indigne : « On propose trois nuits d'hôtel. » Parmi les évacués, une mère de quatre enfants, assise sur ses valises. « Je ne sais pas où dormir ce soir », souffle-t-elle.", [["On propose trois nuits d'hôtel.", 'Marion Espinasse'], ['Je ne sais pas où dormir ce soir', null]]],
    ["Le maire, Jean-Luc Darrigade, décrit un village « sous le choc ». Le père de la fillette a lancé un appel : « Ma puce, si tu lis ça, on t'attend. »", [['sous le choc', 'Jean-Luc Darrigade'], ["Ma puce, si tu lis ça, on t'attend.", null]]],
    // A relative clause after the subject is about it: the names in it did not speak.
    ["L'ONG Vigie Océans a publié un rapport. « Les flottes pillent les eaux », affirme l'ONG, qui appelle l'Union européenne à agir.", [['Les flottes pillent les eaux', 'Vigie Océans']]],
    // Capitalised phrases in marks listed one after the other are titles of works, unless a verb of saying has them chanted.
    ["Le romancier Michel Tournier, auteur de « Vendredi ou les Limbes du Pacifique », « Le Roi des aulnes » ou encore « Les Météores », est mort lundi.", []],
    // A document after the verb, with no issuer named, is that of whoever the text said issued it.
    ["Le zoo d'Amnéville a annoncé la naissance d'un rhinocéros dans un communiqué. Arenka est le quatrième bébé du zoo. Les rhinocéros sont victimes d'un « braconnage meurtrier », rappelle le communiqué.", [['braconnage meurtrier', "zoo d'Amnéville"]]],
    // A quotation that is its paragraph, signed on the line after it by a dash and a name, is that name's.
    ["Selon le vice-procureur Laurent Labadie, « quelqu’un a chuté dans l’escalier ».\n\n« J’étais au bar, en train de prendre un verre. Tout a été très vite »\n\n— Stéphanie, témoin", [['quelqu’un a chuté dans l’escalier', 'Laurent Labadie'], ['J’étais au bar, en train de prendre un verre. Tout a été très vite', 'Stéphanie']]],
    // A capitalised phrase in marks after a noun for a work is its title.
    ["Selon l'article « Macron veut se payer BFM » du Canard enchaîné, le président serait agacé.", []],
    ['Des manifestants scandaient « Non à la réforme des retraites » et « Macron, on ne veut plus de toi ».', [['Non à la réforme des retraites', null], ['Macron, on ne veut plus de toi', null]]],
  ];
  for (const [text, expected] of CASES) {
    it(JSON.stringify(text.slice(0, 70)), () => {
      const article = run(text, { lang: 'fr' });
      const got = article.quotes.map((q) => [q.text, speakerName(article, q.speaker)]);
      expect(got.map(([t, s]) => [t, s && expected.find((e) => e[0] == t)?.[1]?.split(' ').some((w) => s.includes(w)) ? expected.find((e) => e[0] == t)![1] : s]), seen(article)).to.deep.equal(expected);
    });
  }

  it('drops the trailing comma inside the marks and keeps the span exact', () => {
    const text = '« Nous resterons ici, quoi qu\'il arrive, », a déclaré le maire Gaël Perdriau.';
    const [q] = run(text, { lang: 'fr' }).quotes;
    expect(q.text).to.equal("Nous resterons ici, quoi qu'il arrive");
    expect(q.confidence).to.be.greaterThan(0.8);
  });
});

describe('fr: quotes, second pass', () => {
  // [text, [quote text, speaker name or null][]]
  const CASES: [string, [string, string | null][]][] = [
    // A name written again after an inverted verb of saying is the same speaker.
    ['Bruno Le Roux est ministre. « On parle d’un boulot d’été », s’est défendu Bruno Le Roux concernant ses filles.', [['On parle d’un boulot d’été', 'Bruno Le Roux']]],
    // « Pour X, « … » »: the view of the name that opens the sentence.
    ['Pour Sophie Binet, secrétaire générale de la CGT, « c\'est une trahison des engagements pris ».', [["c'est une trahison des engagements pris", 'Sophie Binet']]],
    ['Pour le moment, « rien ne bouge », selon la préfecture.', [['rien ne bouge', 'la préfecture']]],
    // The agent of a verb of saying speaks; a one-word quotation in between does not close the attribution.
    ['Le risque était qualifié de « marqué » par Météo-France, ce qui veut dire que des avalanches sont « possibles par faible surcharge ».', [['possibles par faible surcharge', 'Météo-France']]],
    // …but whoever quotes someone (« cité par ») is not the speaker.
    ["Le maire adjoint a été cité par l'agence de presse RIA comme ayant déclaré que les opérations contre les \"terroristes et des groupes de bandits\" continuaient.", [['terroristes et des groupes de bandits', null]]],
    // A quotation after « intitulé » or « concernant » is the name or subject of something.
    ['Le Sénat a adopté un texte concernant « la protection des données de santé des patients ».', []],
    // …so is one after « baptisé » and its article, or after « pour » a few words past a word of the courts: an
    // offence; « pour » and a verb give a purpose, said.
    ["Un groupe armé baptisé les « Aigles de libération de l'Afrique » a revendiqué l'enlèvement. Le maire a été placé en garde à vue pour « détournement de fonds publics et recel ».", []],
    ["Le ministre a décidé de porter plainte pour « ne pas laisser passer cet acte de violence ».", [['ne pas laisser passer cet acte de violence', null]]],
    // « Elle appelle « à … » »: verbs of calling for report speech too.
    ['La Mairie a demandé l\'intervention de la police. Elle appelle « à la reprise du dialogue au niveau national ».', [['à la reprise du dialogue au niveau national', 'Mairie']]],
    // « a précisé l'émission »: an organisation named by the noun of its role (« l'émission de TMC « Quotidien » »).
    ["L'émission de TMC « Quotidien » a révélé l'affaire. « Quotidien » a affirmé que les filles ont travaillé. « Tous les contrats cumulés correspondent à 55 000 euros », a précisé l'émission.", [['Tous les contrats cumulés correspondent à 55 000 euros', 'Quotidien']]],
    // A programme or newspaper in its own marks speaks and is cited.
    ['Selon « Quotidien », « les filles n’ont donc été présentes ni à l’Assemblée ni en circonscription ».', [['les filles n’ont donc été présentes ni à l’Assemblée ni en circonscription', 'Quotidien']]],
    // « la préfecture », « l'association »: a description stands for the organisation named before.
    ["La préfecture de la Manche a ouvert une enquête. « Il n'y a aucun risque nucléaire », précise encore la préfecture.", [["Il n'y a aucun risque nucléaire", 'préfecture de la Manche']]],
    ["Greenpeace dénonce l'incident. « Tout cela s'inscrit dans un contexte de dégradation », fustige l'association.", [["Tout cela s'inscrit dans un contexte de dégradation", 'Greenpeace']]],
    ["Le syndicat Force ouvrière a appelé à la grève. L'ONG Oxfam regrette la décision. L'ONG a ajouté : « Nous ne lâcherons rien ».", [['Nous ne lâcherons rien', 'Oxfam']]],
    // A specific noun names only the organisation that holds it: « la police » is an institution of its own, not Greenpeace.
    ["Greenpeace dénonce l'incident. « Aucun blessé n'est à déplorer », a indiqué la police.", [["Aucun blessé n'est à déplorer", 'la police']]],
    // A given name after a place or a title starts a person: « la maire de Paris Anne Hidalgo ».
    ["La maire de Paris Anne Hidalgo a déclaré que l'attentat était « lâche et barbare ».", [['lâche et barbare', 'Anne Hidalgo']]],
    // …and says which person « elle » is.
    ['Anne Hidalgo a salué les pompiers. Jacques Witkowski a ensuite visité le site. « La ville se tient prête », a-t-elle déclaré.', [['La ville se tient prête', 'Anne Hidalgo']]],
    // A verb in several words attributes (« a fait savoir », « a mis en garde »); so do verbs whose stem changes (« martèle », « relève »).
    ["« Nous ne signerons pas cet accord », a fait savoir la CFDT. « Rien n'est joué », a mis en garde Laurent Berger.", [['Nous ne signerons pas cet accord', 'CFDT'], ["Rien n'est joué", 'Laurent Berger']]],
    ["« Nous ne lâcherons rien », martèle Jean Dubois. « Le texte reste flou », relève Marie Caron.", [['Nous ne lâcherons rien', 'Jean Dubois'], ['Le texte reste flou', 'Marie Caron']]],
    // « l'ancien ministre » stands for the person an earlier mention called so; a passive verb's subject is not the speaker.
    ["L'ancien ministre François Fillon a été entendu. « Je n'ai rien à me reprocher », a assuré l'ancien ministre.", [["Je n'ai rien à me reprocher", 'François Fillon']]],
    ["Pascal, le père, a disparu. Le père est décrit comme « un gars équilibré, normal » par un ami d'enfance.", [['un gars équilibré, normal', null]]],
    // A body beside a noun for an unnamed source (« un élu LR ») is that source's side, not the speaker.
    ["« C'est une faute politique », a estimé un élu LR.", [["C'est une faute politique", null]]],
    // Words in marks that open on their verb belong to the subject right before the marks, past clitics and negations.
    ["La justice enquête sur les contrats accordés à Airbus. Airbus « coopère pleinement avec la justice ». Son avocat Pierre Martin s'« indigne des fuites dans la presse ».", [['coopère pleinement avec la justice', 'Airbus'], ['indigne des fuites dans la presse', 'Pierre Martin']]],
    // A title no one was given goes on with the person who spoke just before (« Le président a ajouté »).
    ["Emmanuel Macron s'est rendu à Nice. « C'est un drame national », a-t-il déclaré. Le président a ajouté que « la France est unie ».", [["C'est un drame national", 'Emmanuel Macron'], ['la France est unie', 'Emmanuel Macron']]],
    // A quotation opening the paragraph after one about a person is that person's.
    ["Jean Dupont ne décolère pas.\n\n« On nous a menti depuis le début. »", [['On nous a menti depuis le début.', 'Jean Dupont']]],
    // Words with no verb of saying, ending on a colon and naming one person, hand the quotation to that person.
    ["Réaction immédiate de Jean-Luc Mélenchon : « C'est une honte absolue. »", [["C'est une honte absolue.", 'Jean-Luc Mélenchon']]],
    // A body speaks through its document: « le texte de la CFDT affirme ».
    ["Le texte de la CFDT affirme que « la réforme est inacceptable ».", [['la réforme est inacceptable', 'CFDT']]],
    // A relative pronoun right after a name makes it the subject of the words in marks.
    ["Cette nouvelle est une difficulté de plus pour François Hollande, qui a conditionné sa candidature à « l'inversion de la courbe du chômage ».", [["l'inversion de la courbe du chômage", 'François Hollande']]],
    // An institution in lower case keeps its nationality: « le gouvernement grec », « l'armée turque ».
    ["Le gouvernement grec a assuré que « les banques rouvriront lundi ». « Nous avons riposté », a précisé l'armée turque.", [['les banques rouvriront lundi', 'gouvernement grec'], ['Nous avons riposté', 'armée turque']]],
    // Where the words were said (« sur Twitter ») is an actor, but not the speaker.
    ["« C'est une honte », a réagi sur Twitter la maire de Paris, Anne Hidalgo. Donald Trump a immédiatement réagi sur Facebook : « On se voit au tribunal. »", [["C'est une honte", 'Anne Hidalgo'], ['On se voit au tribunal.', 'Donald Trump']]],
    // More verbs of saying, their participles kept apart where they name something else (« Le Canard enchaîné »).
    ["« Nous ne lâcherons rien », enchaîne Jean Dubois. « C'est inacceptable », s'est écrié Paul Martin. « Les prix baisseront », a prédit Le Canard enchaîné.", [['Nous ne lâcherons rien', 'Jean Dubois'], ["C'est inacceptable", 'Paul Martin'], ['Les prix baisseront', 'Le Canard enchaîné']]],
    // « Pour X, » then a short clause of no one else's before the marks: X's view.
    ["Pour Jean Dubois, il s'agit d'« une provocation inadmissible ». Pour lui, cette réforme est « profondément injuste ».", [['une provocation inadmissible', 'Jean Dubois'], ['profondément injuste', 'Jean Dubois']]],
    // A name between commas after the description opening the sentence is its subject, so a later « il » stands for it.
    ["L'avocat de la famille, Me Jean Tamalet, a indiqué qu'une plainte serait déposée. « Nous voulons la vérité », a-t-il ajouté.", [['Nous voulons la vérité', 'Jean Tamalet']]],
    // « le groupe » stands for the company, not for the ministry named after it.
    ["Airbus est accusé par le ministère de la Défense d'avoir gonflé ses prix. « Nous contestons cette décision », se défend le groupe.", [['Nous contestons cette décision', 'Airbus']]],
    // An apposition whose closing comma is missing still qualifies the name before it; of people coordinated before a
    // plural verb, the first speaks.
    ["Vers 19h15, Laetitia Dewalle, porte-parole des Gilets jaunes du Val d'Oise affirme qu'il n'y aura « pas de trêve ».", [['pas de trêve', 'Laetitia Dewalle']]],
    ['La maire de Paris Anne Hidalgo et le Conseil français du culte musulman ont condamné cet attentat, qualifié de « lâche et barbare ».', [['lâche et barbare', 'Anne Hidalgo']]],
    ['Le ministre Gérald Darmanin et la préfète Sophie Dubois ont dénoncé « des violences inacceptables ».', [['des violences inacceptables', 'Gérald Darmanin']]],
    // A name before a relative clause between commas is the subject of the verb of saying after it.
    ['Lactalis, qui nie toute faute, a assuré vouloir « se défendre vigoureusement ».', [['se défendre vigoureusement', 'Lactalis']]],
    ['Sanofi, dont le siège est à Paris, a affirmé « respecter toutes les règles ».', [['respecter toutes les règles', 'Sanofi']]],
    // Whom words were said to, with the title that names them, does not speak; the name after a listener does.
    ["Emmanuel Macron était à Égletons. Il a dit au président de la région Nouvelle-Aquitaine Alain Rousset : « Il faut agir vite ». « Rien n'est réglé », affirme au Monde Michel Crépu.", [['Il faut agir vite', 'Emmanuel Macron'], ["Rien n'est réglé", 'Michel Crépu']]],
    // A short capitalised phrase after a colon is said, and by the clause's subject.
    ["Jean Dupont n'a pas caché sa colère : « C'est inadmissible ».", [["C'est inadmissible", 'Jean Dupont']]],
    // After a verb that names (« qualifier X de « … » »), the name is spoken of, not speaking.
    ["Les chercheurs qualifient Saccorhytus de « plus vieil ancêtre préhistorique des humains ».", [['plus vieil ancêtre préhistorique des humains', null]]],
    // A party's member (« le socialiste ») and a former holder (« l'ex-ministre ») go on with the person just spoken of.
    ['Benoît Hamon était à Lyon. Le socialiste a dénoncé « un renoncement coupable ».', [['un renoncement coupable', 'Benoît Hamon']]],
    ["Arnaud Montebourg était à Lyon. Pour l'ex-ministre de l'Économie, « la gauche doit se réveiller ».", [['la gauche doit se réveiller', 'Arnaud Montebourg']]],
    // A definite description of someone at a body, inverted after the verb, is the person just spoken of, not the body.
    ['Kylian Mbappé a marqué deux buts. « Je suis très heureux », a réagi l\'attaquant du PSG après la rencontre.', [['Je suis très heureux', 'Kylian Mbappé']]],
    // « -t-on » speaks from where, or through whose document, the words after it say; a communiqué speaks for its issuer.
    ["« Nous resterons mobilisés », explique-t-on à l'Élysée. « Aucune piste n'est écartée », lit-on dans le communiqué du ministère de la Justice. « Le calme revient », selon un communiqué de l'Élysée. « Rien ne presse », confie-t-on dans l'entourage du ministre.", [['Nous resterons mobilisés', 'Élysée'], ["Aucune piste n'est écartée", 'ministère de la Justice'], ['Le calme revient', 'Élysée'], ['Rien ne presse', null]]],
    // A stressed pronoun between commas stands between a subject and its verb; « parler de » reports words too.
    ["L'avocat, Me Paul Dubois, conteste la décision. Le parquet, lui, estime que « la procédure a été respectée ». Son confrère Jean Roy a parlé d'« un dossier vide ».", [['la procédure a été respectée', 'le parquet'], ['un dossier vide', 'Jean Roy']]],
    // A short phrase in marks right after a noun for a body or a named thing is its name; « Intitulé » is no one.
    ["Le collectif « Sécurité pour tous » organise une marche. Intitulé « The Emperor Has No Balls », le projet a choqué. « Nous voulons la paix », a déclaré son président Jean Li.", [['Nous voulons la paix', 'Jean Li']]],
    // A verb of saying ends an organisation's name after its lower-case complement too; « supérieur » qualifies a body.
    // A verb of saying after « et » or a comma keeps the sentence's subject past its reflexive pronoun, not the object
    // named before it; « , s'interrogeait » is a tense, its subject the name before the comma.
    ["Donald Trump a reçu Emmanuel Macron et s'est dit « impatient de travailler avec lui ». Joe Biden a salué Olaf Scholz, se disant « prêt à coopérer ». De son côté, le porte-parole, Paul Roy, s'interrogeait « pourquoi tant de retard ? »", [['impatient de travailler avec lui', 'Donald Trump'], ['prêt à coopérer', 'Joe Biden'], ['pourquoi tant de retard ?', 'Paul Roy']]],
    // « il » does not stand for a body its head's ending makes feminine, even after an elided article.
    ["L'Autorité des marchés a exigé le retrait des articles. Dans le cas contraire, le site restera bloqué. « Il est impossible de rouvrir le site » a-t-il déclaré.", [['Il est impossible de rouvrir le site', null]]],
    // A document with a complement of its own (« un communiqué de presse de X ») is still X's.
    ["D'après un communiqué de presse de Amaq, l'agence de presse de l'organisation, il aurait trouvé la mort « en supervisant les opérations militaires ».", [['en supervisant les opérations militaires', 'Amaq']]],
    // « appelé » right before the marks names a thing; after its auxiliary it reports someone's words.
    ["On utilise le test appelé « épreuve du transfert inattendu ». Ce que Macron a appelé « un désastre absolu » inquiète.", [['un désastre absolu', 'Macron']]],
    ["La Ligue des droits de l'homme dénonce « une dérive inquiétante ». « Tout manquement sera sanctionné », a prévenu le Conseil supérieur de l'audiovisuel.", [['une dérive inquiétante', "Ligue des droits de l'homme"], ['Tout manquement sera sanctionné', "Conseil supérieur de l'audiovisuel"]]],
  ];
  for (const [text, expected] of CASES) {
    it(JSON.stringify(text.slice(0, 70)), () => {
      const article = run(text, { lang: 'fr' });
      expect(article.quotes.map((q) => [q.text, speakerName(article, q.speaker)]), seen(article)).to.deep.equal(expected);
    });
  }
  it('reads offences in marks after « soupçonné de », « accusé d’ » as names of things, the whole list of them, not after another verb', () => {
    const article = run("François Fillon, déjà convoqué en vue d'une mise en examen, soupçonné de « détournements de fonds », « trafic d’influence » et « abus de biens sociaux » mais ayant décidé de maintenir sa candidature, a dénoncé une « opération politique ». Le suspect est accusé d'« escroquerie aggravée » depuis mardi. La maire Anne Hidalgo a condamné cet attentat, qualifié de « lâche et barbare ».", { lang: 'fr' });
    expect(article.quotes.map((q) => q.text), seen(article)).to.deep.equal(['opération politique', 'lâche et barbare']);
  });
  it('reads « le chef de l’État » as whoever holds « président », even with a listener named after the verb', () => {
    const article = run("Le président Emmanuel Macron était à Égletons mardi. Le chef de l’État a dit au président de la région Nouvelle-Aquitaine Alain Rousset « Il y en a certains, au lieu de manifester, qui feraient mieux de chercher un poste ».", { lang: 'fr' });
    expect(article.quotes.map((q) => speakerName(article, q.speaker)), seen(article)).to.deep.equal(['Emmanuel Macron']);
  });
  it('reads « l’universitaire » as the one person whose role shares its stem, not the person named last', () => {
    const article = run("Filip Reyntjens, professeur à l'université d'Anvers, a présenté un rapport mardi. Le président Pierre Nkurunziza a rejeté ses conclusions. Or l'universitaire belge considère que la question ethnique est moins centrale que celle du pouvoir :\n\n« Manifestement, la ligne de partage au Burundi n’est pas ethnique, elle est essentiellement politique. »", { lang: 'fr' });
    expect(article.quotes.map((q) => speakerName(article, q.speaker)), seen(article)).to.deep.equal(['Filip Reyntjens']);
  });
  it('takes a newspaper named after « au journal », « à la revue » as the listener, not the speaker', () => {
    const article = run("Le ministre de l'Intérieur a expliqué au journal Le Monde que « la situation reste tendue ». Le maire Jean Dupont a confié à la revue Sciences et Avenir que « les crues sont plus fréquentes ».", { lang: 'fr' });
    expect(article.quotes.map((q) => speakerName(article, q.speaker)), seen(article)).to.deep.equal([null, 'Jean Dupont']);
  });
  it('reads « la championne » as whom the sentence before was about, not the last person it named', () => {
    const article = run("La judokate Majlinda Kelmendi a battu l'Italienne Odette Giuffrida en finale. « J'avais tant rêvé de ce moment » a déclaré la championne, en portant le drapeau.", { lang: 'fr' });
    expect(article.quotes.map((q) => speakerName(article, q.speaker)), seen(article)).to.deep.equal(['Majlinda Kelmendi']);
  });
  it('gives « selon le président du comité …, NAME, « … » » to the title holder named in apposition, not to the body', () => {
    const article = run("Selon le président du comité d’organisation de la primaire, Christophe Borgel, « il y a eu un bug, rien de plus ».", { lang: 'fr' });
    expect(article.quotes.map((q) => speakerName(article, q.speaker)), seen(article)).to.deep.equal(['Christophe Borgel']);
  });
  it('leaves « selon le chef de la police municipale » unnamed: the title holder is a person, not the body', () => {
    const article = run("Les corps « ont apparemment été décapités », selon le chef de la Police municipale de Manzanillo.", { lang: 'fr' });
    expect(article.quotes.map((q) => speakerName(article, q.speaker)), seen(article)).to.deep.equal([null]);
  });
  it('reads « selon le texte, X doit « … » » as the words of the text, not of the subject after its comma', () => {
    const article = run("Un communiqué présidentiel annonce sa nomination. Selon le texte, Amadou Gon Coulibaly doit « proposer un nouveau gouvernement dans les meilleurs délais ». Selon le rapport de l'ONU, les civils « paient le prix fort de cette guerre ».", { lang: 'fr' });
    expect(article.quotes.map((q) => speakerName(article, q.speaker)), seen(article)).to.deep.equal([null, 'ONU']);
  });
  it('reads « le nouveau chef de l’État » as the person holding « présidente », whatever the title’s gender', () => {
    const article = run("La présidente Tsaï Ing-wen a été élue samedi. Eric Chu a reconnu sa défaite. Le nouveau chef de l’État a déclaré qu'« il n'y aura pas d'événement inattendu ».", { lang: 'fr' });
    expect(article.quotes.map((q) => speakerName(article, q.speaker)), seen(article)).to.deep.equal(['Tsaï Ing-wen']);
  });
  it('lets a body that just spoke, its name saying nothing of its kind, go on as « l’agence spatiale »', () => {
    const article = run("Le télescope est construit avec l'Agence spatiale canadienne. « Le lancement est reporté », indique la NASA. « Une estimation des coûts sera fournie », tempère cependant l'agence spatiale dans son communiqué.", { lang: 'fr' });
    expect(article.quotes.map((q) => speakerName(article, q.speaker)), seen(article)).to.deep.equal(['NASA', 'NASA']);
  });
  it('gives words after a colon to the subject pronoun opening the clause, not to the person it names after', () => {
    const article = run("Le Français Christophe Lemaitre complète ce podium, en devançant le Britannique Adam Gemili au millième près. Il est allé consoler Gemili, qu'il bat d'une si courte avance : « Si ça avait été moi, je serais dévasté. Ça doit être dur. »", { lang: 'fr' });
    expect(article.quotes.map((q) => speakerName(article, q.speaker)), seen(article)).to.deep.equal(['Christophe Lemaitre']);
  });
});
