/*
 * NQ: the LINQ-flavoured query language of Nereid (files ending in .nq).
 *
 * A program is a list of statements: imports of Java classes, typed inputs, parameters, let
 * bindings and outputs. Expressions cover scalars and relations alike: queries (from/where/
 * select, joins, group-by), LINQ method syntax, iterate loops, and scalar operators.
 *
 * Precedence, loosest first: query / iterate / if-then-else, `or` `||`, `and` `&&`, `not` `!`,
 * comparisons (do not chain), `+ -`, `* / %`, unary `-`, member access and calls.
 *
 * Soft keywords (see `identifier`) may also be used as names, so that fields such as `to`, `date`
 * or `left` stay possible.
 */
grammar Nq;

// ---------------------------------------------------------------------------------- statements

program
    : statement* EOF
    ;

statement
    : IMPORT JAVA className=qualifiedName (AS alias=identifier)? ';'          #importStatement
    | INPUT name=identifier ':' type (FROM source=STRING_LITERAL)? ';'        #inputStatement
    | PARAM name=identifier ':' type ('=' value=paramValue)? ';'              #paramStatement
    | letBinding ';'                                                          #letStatement
    | OUTPUT name=identifier (TO target=STRING_LITERAL)? ';'                  #outputStatement
    ;

letBinding
    : LET name=identifier '=' value=expression
    ;

paramValue
    : minus='-'? literal
    ;

qualifiedName
    : identifier ('.' identifier)*
    ;

// ---------------------------------------------------------------------------------- types

type
    : scalarType                                        #scalarTypeRef
    | '(' fieldType (',' fieldType)* ')'                #tupleTypeRef
    ;

scalarType
    : kind=(BOOL | INT | LONG | DOUBLE | STRING | DATE)
    ;

fieldType
    : name=identifier ':' type
    ;

// ---------------------------------------------------------------------------------- expressions

expression
    : query                                                                   #queryExpression
    | iterate                                                                 #iterateExpression
    | IF condition=expression THEN thenValue=expression ELSE elseValue=expression  #ifExpression
    | operand                                                                 #operandExpression
    ;

operand
    : primary                                                                 #primaryOperand
    | target=operand '.' member=memberName '(' arguments? ')'                 #methodCall
    | target=operand '.' member=memberName                                    #fieldAccess
    | op='-' inner=operand                                                    #negation
    | left=operand op=('*' | '/' | '%') right=operand                         #multiplicative
    | left=operand op=('+' | '-') right=operand                               #additive
    | left=operand op=('==' | '!=' | '<' | '<=' | '>' | '>=') right=operand   #comparison
    | op=(NOT | '!') inner=operand                                            #logicalNot
    | left=operand op=(AND | '&&') right=operand                              #logicalAnd
    | left=operand op=(OR | '||') right=operand                               #logicalOr
    ;

primary
    : literal                                                                 #literalPrimary
    | function=identifier '(' arguments? ')'                                  #functionCall
    | identifier                                                              #nameReference
    | '(' tupleField (',' tupleField)* ')'                                    #tupleOrParenthesized
    | CASE whenArm+ ELSE otherwise=expression END                             #caseExpression
    | CAST '(' value=expression AS scalarType ')'                             #castExpression
    | EXISTS '(' subquery=expression ')'                                      #existsExpression
    ;

literal
    : INTEGER_LITERAL                                   #integerLiteral
    | DECIMAL_LITERAL                                   #decimalLiteral
    | STRING_LITERAL                                    #stringLiteral
    | value=(TRUE | FALSE)                              #booleanLiteral
    | DATE text=STRING_LITERAL                          #dateLiteral
    ;

tupleField
    : (name=identifier ':')? value=expression
    ;

whenArm
    : WHEN condition=expression THEN value=expression
    ;

arguments
    : argument (',' argument)*
    ;

argument
    : lambda                                            #lambdaArgument
    | expression                                        #expressionArgument
    ;

lambda
    : identifier '=>' body=expression                                         #singleParameterLambda
    | '(' identifier (',' identifier)* ')' '=>' body=expression               #multiParameterLambda
    ;

memberName
    : identifier | WHERE | SELECT | TAKE | ORDERBY | JOIN | GROUP
    ;

// ---------------------------------------------------------------------------------- queries

query
    : fromClause queryClause* SELECT select=expression (TAKE take=expression)?
    ;

fromClause
    : FROM variable=identifier IN source=expression
    ;

queryClause
    : fromClause                                                              #fromQueryClause
    | LET name=identifier '=' value=expression                                #letQueryClause
    | WHERE condition=expression                                              #whereQueryClause
    | LEFT? JOIN variable=identifier IN source=expression
          ON leftKey=expression EQUALS rightKey=expression                    #joinQueryClause
    | GROUP element=expression BY key=expression INTO into=identifier
          (HAVING having=expression)?                                         #groupQueryClause
    | ORDERBY ordering (',' ordering)*                                        #orderByQueryClause
    ;

ordering
    : key=expression direction=(ASCENDING | DESCENDING)?
    ;

// ---------------------------------------------------------------------------------- iterate

iterate
    : ITERATE variable=identifier '=' initial=expression loopBound
      '{' (letBinding ';')* body=expression ';'? '}'
    ;

loopBound
    : TIMES count=operand                               #timesBound
    | UNTIL FIXPOINT                                    #fixpointBound
    ;

// ---------------------------------------------------------------------------------- names

identifier
    : IDENTIFIER
    | JAVA | TO | AS | DATE | LEFT | ON | EQUALS | BY | INTO | HAVING
    | ASCENDING | DESCENDING | TIMES | UNTIL | FIXPOINT
    ;

// ---------------------------------------------------------------------------------- lexer

IMPORT      : 'import';
JAVA        : 'java';
AS          : 'as';
INPUT       : 'input';
PARAM       : 'param';
LET         : 'let';
OUTPUT      : 'output';
TO          : 'to';
FROM        : 'from';
IN          : 'in';
WHERE       : 'where';
SELECT      : 'select';
LEFT        : 'left';
JOIN        : 'join';
ON          : 'on';
EQUALS      : 'equals';
GROUP       : 'group';
BY          : 'by';
INTO        : 'into';
HAVING      : 'having';
ORDERBY     : 'orderby';
ASCENDING   : 'ascending';
DESCENDING  : 'descending';
TAKE        : 'take';
ITERATE     : 'iterate';
TIMES       : 'times';
UNTIL       : 'until';
FIXPOINT    : 'fixpoint';
IF          : 'if';
THEN        : 'then';
ELSE        : 'else';
CASE        : 'case';
WHEN        : 'when';
END         : 'end';
CAST        : 'cast';
EXISTS      : 'exists';
NOT         : 'not';
AND         : 'and';
OR          : 'or';
TRUE        : 'true';
FALSE       : 'false';
BOOL        : 'bool';
INT         : 'int';
LONG        : 'long';
DOUBLE      : 'double';
STRING      : 'string';
DATE        : 'date';

ARROW       : '=>';
EQ          : '==';
NE          : '!=';
LE          : '<=';
GE          : '>=';
LT          : '<';
GT          : '>';
ASSIGN      : '=';
PLUS        : '+';
MINUS       : '-';
STAR        : '*';
SLASH       : '/';
PERCENT     : '%';
AMPAMP      : '&&';
BARBAR      : '||';
BANG        : '!';
LPAREN      : '(';
RPAREN      : ')';
LBRACE      : '{';
RBRACE      : '}';
COMMA       : ',';
SEMI        : ';';
COLON       : ':';
DOT         : '.';

INTEGER_LITERAL : DIGIT+ [lL]?;
DECIMAL_LITERAL : DIGIT+ '.' DIGIT+ EXPONENT? | DIGIT+ EXPONENT;
STRING_LITERAL  : '"' (~["\\\r\n] | '\\' ~[\r\n])* '"';
IDENTIFIER      : [a-zA-Z_] [a-zA-Z_0-9]*;

LINE_COMMENT    : '//' ~[\r\n]* -> channel(HIDDEN);
BLOCK_COMMENT   : '/*' .*? '*/' -> channel(HIDDEN);
WHITESPACE      : [ \t\r\n\f]+ -> channel(HIDDEN);

// Error tokens: the lexer never fails; the parser reports these with a precise message.
UNTERMINATED_STRING  : '"' (~["\\\r\n] | '\\' ~[\r\n])* '\\'?;
UNTERMINATED_COMMENT : '/*' (~'*' | '*'+ ~[*/])* '*'* EOF;
ERROR_CHARACTER      : .;

fragment DIGIT    : [0-9];
fragment EXPONENT : [eE] [+-]? DIGIT+;
