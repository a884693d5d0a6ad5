/**
 * Common given names (US, Latin American, and other communities a US hospital serves), lower-case.
 * A capitalised word on this list is taken as a person's name even without a cue such as
 * "Dr." or "my son"; names that are also everyday words (Will, May, Grace, Hope, ...) are left
 * out on purpose and are only found after a cue. Hand-compiled for Bedside.
 */
const NAMES = `
aaliyah aaron abby abdul abigail abiodun adam adele adrian adriana agnes ahmed aidan aiden aisha
alan albert alberto alejandra alejandro alex alexa alexander alexis alfred alfredo ali alice
alicia alina alison allison alma alyssa amanda amelia amir amy ana andre andrea andres andrew andy
angela angelica angie anita ann anna annabelle anne annie anthony antonio arjun arlene armando
arnold arthur arturo ashley aubrey audrey ava avery barbara beatriz becca becky belinda ben
benjamin bernadette bernard beth bethany betty beverly bianca blanca bobby bonnie brad bradley
brandon brenda brendan brian brianna bridget brittany brooke bruce bryan caitlin caleb camila
cameron camille carla carlos carmen carol caroline carolyn carrie cassandra catherine cathy
cecilia charlene charles charlie charlotte chelsea cheryl chloe chris christina christine
christopher cindy claire clara clarence claudia clifford colin connie connor cora courtney craig
cristina crystal curtis cynthia daisy dale damian dan dana daniel daniela danielle danny daphne
darius darlene darnell darren dave david deb debbie deborah debra deepak delia denise dennis derek
desmond devin diana diane diego dolores dominic donald donna doreen doris dorothy doug douglas
duane dustin dwayne dylan earl eddie edgar edith edna eduardo edward edwin eileen elaine eleanor
elena eli elias elijah elisa elizabeth ellen ellie elsa emeka emilia emily emma emmanuel enrique
eric erica erik erin ernest ernesto esperanza esteban esther ethan eugene eva evan evelyn fatima
felicia felipe fernando fiona frances francesca francisco frankie fred freddie gabriel gabriela
gabriella gail gary gavin george gerald geraldine gina giovanni gladys glen glenda glenn gloria
gordon graham greg gregory guadalupe guillermo gustavo gwen hailey haley hannah harold harper
harriet harrison harry hassan hazel heidi helen henry herbert herman hilda howard hugo ian irene
irma isaac isabel isabella isaiah ismael ivan jackie jacob jacqueline jaden jaime jake jamal james
jamie jane janet janice jared jasmine jason javier jayden jean jeanette jeff jeffrey jenna
jennifer jenny jeremiah jeremy jerome jerry jesse jessica jill jim jimmy joan joann joanne joaquin
jocelyn jodi joe joel joey johanna john johnny jon jonathan jorge jose josefina joseph josephine
josh joshua josiah joyce juan juana juanita judith judy julia julian juliana julie julio justin
kaitlyn karen kari karina karl kate katelyn katherine kathleen kathryn kathy katie kayla keisha
keith kelly kelsey ken kendra kenneth kenny kevin khalid kim kimberly kristen kristin kristina
kurt kyle lacey lakisha larry latoya laura lauren laurie leah leon leonard leslie leticia liam
lila linda lindsay lindsey lisa liz lizbeth logan lois lorena lorenzo loretta lori lorraine louis
louise lucas lucia lucille lucy luis luisa luke lupita luz lydia lynn madeline maggie manuel
marcia marco marcos marcus margaret margarita maria mariah marian mariana marie marilyn mario
marisol marissa marjorie marlene marsha martha martin marvin mary mateo matt matthew maureen
maurice maxine megan melanie melinda melissa meredith micah michael michele michelle miguel mike
mildred miranda miriam mitchell mohammed molly monica monique morgan muhammad myrna nadia nancy
naomi natalia natalie nathan nathaniel neil nelson nicholas nick nicole nina noah nora norma
norman olga oliver olivia omar oscar owen pablo paige pamela patricia patrick paul paula pedro
peggy penny pete peter phillip phyllis priya priscilla rachel rafael rajesh ramon ramona randy
raquel raul rebecca regina reginald renee rhonda ricardo richard rick ricky rita rob robert
roberta roberto robin rodrigo roger roland ronald rosa rosalind rosemary rosie roxanne ruby rudy
russell ruth ryan sabrina sally samantha samuel sandra santiago sara sarah scott sean sebastian
sergio shane shannon sharon shawn sheila shelby shelly sherry shirley sofia sonia sophia sophie
stacy stanley stella stephanie stephen steve steven susan suzanne sylvia tamara tami tammy tanya
tara tasha ted teresa terrence terri thelma theo theodore theresa thomas tiffany tim timothy tina
todd tom tommy toni tony tracy travis trevor tricia troy tyler tyrone valentina valerie vanessa
veronica vicki victoria vincent viola vivian walter wanda warren wayne wendy wesley whitney wilbur
willie wilma winifred xavier yasmin yolanda yvonne zachary zoe
`;

export const FIRST_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter(Boolean));
