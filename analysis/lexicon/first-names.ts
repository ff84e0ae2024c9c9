/**
 * Common given names from many languages that compromise's English lexicon lacks or files as ordinary
 * words ("Randy", "Ludmila"). A generic gazetteer, lower-cased: it marks the first word of a name, never
 * a specific person.
 */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  `
 aaron abdul abdullah abel abraham adam adel adrian adriana agnes ahmad ahmed aida akira alain alan alberto
 aleksandr aleksei alena alejandro alessandro alessandra alexander alexandre alexei alexey alfonso ali alina
 alisa aliyu amadou amir amy ana anatoly anders andrea andrei andrej andres andrey andrzej angel angela
 angelo anita anja anke anna anne annette anton antonio anwar aravinda arjen arnaud arne arturo asif
 astrid bakary barbara beatriz benedikt benoit bernard bernd bertrand bjorn bogdan boris branislav bruno
 carla carlos carmen catherine cesar chang chen chiara christa christian christine christoph claude claudia
 claudio colin constantin cristian cristina dagmar damian daniela danuta dario darko davide dejan denis
 dieter dimitri dimitris dmitri dmitry dominik dragan dusan edgar edson edwin efrain elena eleni elias
 elif elisabeth elsa emil emilio emre enrique erik ernesto esteban eva evgeny fabio fabrice fabrizio fahd
 farid fatima federico felipe felix fernando filip florian francesca francesco franco francois frank
 franz frederic frederik fumio gabriel gabriela gaston georg georgi georgios gerard gerhard giorgio
 giovanni giuseppe gonzalo goran grzegorz guillermo gunnar gustavo hakan hamid hans hasan hassan heidi
 heinz helga helmut hendrik henrik hiroshi hiroyuki hugo hussein ibrahim igor ilya imran ingrid inna irina
 isabel ismail ivan ivana ivo jacek jacques jaime jakob janusz javier jean jens jerzy jesper jiri joachim
 joao joaquin johan johann johannes jorge jose josef juan juergen jukka julia julien jurgen kai kamal karel
 karin karl karol katarina katja kazuo keiko kenji khaled khalid kim klaus knut konstantin krisztina
 krzysztof kurt lars laszlo laurent lea leif lena leonid lilian lina lorenzo luc luca lucia luis
 luigi lukas ludmila lyudmila magnus mahmoud manfred manuel marc marcel marcelo marco marek maria mariana
 marina mario marius marko markus marta martina masato matthias mauricio maurizio maxim maxime mehmet
 michal michel miguel mihai mikhail milan miloslav miroslav mohamed mohammad mohammed monika moussa
 muhammad mustafa nadia nadezhda natalia natalya nathalie nicolas nikita nikola nikolai nikolaos nils
 nina nobuo nuno olaf oleg olga oliver omar oscar osman otto pablo paolo pascal patrice patricia patrick
 pavel pedro petr petra philippe pierre piotr rafael rainer ramon rashid raul reza ricardo riccardo
 roberto rodrigo rolf roman ruslan rustam ryszard sabine salim salvatore samir sandra sanjay sara
 sebastian sergei sergey sergio shinji sigrid silvia simona slobodan sofia sonia stanislav stefan stefano
 stefanie stepan sven svetlana takashi tamara tanja tatiana tatyana teresa thierry thomas thorsten tomas
 tomasz ulrich ulrike ursula vaclav valentina valentin valery vasily vera viktor vincent vitaly vladimir
 vladislav walter werner wim wojciech wolfgang xavier yasser yekaterina yelena yevgeny yoshiro youssef
 yuri yusuf zbigniew zoran zsolt
 abby alison bill dick guy jay rod amanda andy angie ben billy bobby brad brett carl carol cathy charlie chris cindy
 craig curt dan danny darren dave debbie dennis derek donna doug duane dwight ed eddie frankie
 gary glenn greg hank jake jeff jerry jill jim jimmy joe joey jon kathy katie ken kenny kerry kim kirk
 larry lee lenny lou mandy marty matt mick mike mitch nancy pam pete phil randy rick
 ricky ron ronnie russ sam scott steve stu ted terry tim tom tommy tony troy vince wayne
 `
    .split(/\s+/)
    .filter((name) => name !== ''),
);
