<?php
/**
 * The en/fr texts of the REST answers and of validation problems, and their formatter.
 *
 * The validation texts are those of the TypeScript core (src/core/messages-validation.ts), word
 * for word: test/fixtures/protocol/messages.json pins both sides to the same wording.
 * Pure PHP, no WordPress: the unit tests load it from the command line.
 *
 * @package GenderInPractice
 */

if ( ! defined( 'ABSPATH' ) && 'cli' !== PHP_SAPI ) {
	exit;
}

/**
 * The message catalogue.
 */
final class GIP_Messages {
	/**
	 * Validation problems, as in src/core/messages-validation.ts.
	 *
	 * @var array<string, array{en: string, fr: string}>
	 */
	const VALIDATION = array(
		'unreadable' => array(
			'en' => 'This value could not be read: reading it raised an error. Pass plain data, such as the result of JSON.parse().',
			'fr' => 'Cette valeur est illisible : sa lecture a déclenché une erreur. Fournissez des données simples, comme le résultat de JSON.parse().',
		),
		'too-many-errors' => array(
			'en' => 'More than {max} problems were found; only the first {max} are listed. Fix them and check again.',
			'fr' => 'Plus de {max} problèmes ont été trouvés; seuls les {max} premiers sont affichés. Corrigez-les, puis vérifiez de nouveau.',
		),
		'assessment-not-object' => array(
			'en' => 'An assessment must be an object such as { "id": …, "dimensions": [ … ] }, not {found}. If you have JSON text, parse it first.',
			'fr' => 'Une évaluation doit être un objet comme { "id": …, "dimensions": [ … ] }, et non {found}. Si vous avez du texte JSON, analysez-le d’abord.',
		),
		'response-not-object' => array(
			'en' => 'A response must be an object such as { "assessmentId": …, "answers": { … } }, not {found}.',
			'fr' => 'Une réponse doit être un objet comme { "assessmentId": …, "answers": { … } }, et non {found}.',
		),
		'required' => array(
			'en' => 'The field {path} is missing. Add it.',
			'fr' => 'Le champ {path} est manquant. Ajoutez-le.',
		),
		'not-object' => array(
			'en' => 'The field {path} must be an object ({ … }), not {found}.',
			'fr' => 'Le champ {path} doit être un objet ({ … }), et non {found}.',
		),
		'not-array' => array(
			'en' => 'The field {path} must be a list ([ … ]), not {found}.',
			'fr' => 'Le champ {path} doit être une liste ([ … ]), et non {found}.',
		),
		'not-string' => array(
			'en' => 'The field {path} must be text (a string), not {found}.',
			'fr' => 'Le champ {path} doit être du texte (une chaîne), et non {found}.',
		),
		'not-number' => array(
			'en' => 'The field {path} must be a finite number, not {found}.',
			'fr' => 'Le champ {path} doit être un nombre fini, et non {found}.',
		),
		'not-integer' => array(
			'en' => 'The field {path} must be a whole number, not {found}.',
			'fr' => 'Le champ {path} doit être un nombre entier, et non {found}.',
		),
		'not-boolean' => array(
			'en' => 'The field {path} must be true or false, not {found}.',
			'fr' => 'Le champ {path} doit valoir true ou false, et non {found}.',
		),
		'not-text' => array(
			'en' => 'The field {path} must be a text: a non-empty string, or translations such as { "en": "Budget", "fr": "Budget" }; found {found}.',
			'fr' => 'Le champ {path} doit être un texte : une chaîne non vide, ou des traductions comme { "en": "Budget", "fr": "Budget" }; valeur trouvée : {found}.',
		),
		'empty-string' => array(
			'en' => 'The field {path} is empty. Write a value.',
			'fr' => 'Le champ {path} est vide. Inscrivez une valeur.',
		),
		'invalid-language' => array(
			'en' => '"{found}" is not a language code. Use codes such as "en", "fr" or "fr-CA" as the keys of a translated text.',
			'fr' => '« {found} » n’est pas un code de langue. Utilisez des codes comme « en », « fr » ou « fr-CA » comme clés d’un texte traduit.',
		),
		'invalid-id' => array(
			'en' => '"{found}" is not a usable id. Use 1 to {max} characters among the letters A–Z and a–z, digits and _ . : - (no spaces or accents), starting with a letter, a digit or _. Ids name file columns and saved answers, so they must stay simple.',
			'fr' => '« {found} » n’est pas un identifiant utilisable. Employez de 1 à {max} caractères parmi les lettres A–Z et a–z, les chiffres et _ . : - (sans espace ni accent), en commençant par une lettre, un chiffre ou _. Les identifiants nomment les colonnes des fichiers et les réponses enregistrées : ils doivent rester simples.',
		),
		'reserved-id' => array(
			'en' => 'The id "{found}" is reserved (a column name of the CSV export, or a JavaScript built-in name). Choose another id.',
			'fr' => 'L’identifiant « {found} » est réservé (nom de colonne de l’exportation CSV ou nom interne de JavaScript). Choisissez-en un autre.',
		),
		'duplicate-dimension-id' => array(
			'en' => 'Dimension id "{id}" is used twice (also at {other}). Give each dimension its own id.',
			'fr' => 'L’identifiant de dimension « {id} » est utilisé deux fois (aussi à {other}). Donnez à chaque dimension son propre identifiant.',
		),
		'duplicate-question-id' => array(
			'en' => 'Question id "{id}" is used twice (also at {other}). Give each question its own id.',
			'fr' => 'L’identifiant de question « {id} » est utilisé deux fois (aussi à {other}). Donnez à chaque question son propre identifiant.',
		),
		'scale-min-max' => array(
			'en' => 'The scale’s minimum ({min}) must be smaller than its maximum ({max}).',
			'fr' => 'Le minimum de l’échelle ({min}) doit être plus petit que son maximum ({max}).',
		),
		'scale-labels-count' => array(
			'en' => 'A scale from {min} to {max} has {expected} steps, so it needs {expected} labels, one per step; it has {found}.',
			'fr' => 'Une échelle de {min} à {max} compte {expected} échelons : il lui faut donc {expected} libellés, un par échelon; elle en a {found}.',
		),
		'invalid-weight' => array(
			'en' => 'The weight {found} is not valid. Use a number equal to or greater than 0 (the default is 1).',
			'fr' => 'Le poids {found} n’est pas valide. Utilisez un nombre égal ou supérieur à 0 (1 par défaut).',
		),
		'no-dimensions' => array(
			'en' => 'The assessment has no dimensions. Add at least one.',
			'fr' => 'L’évaluation ne contient aucune dimension. Ajoutez-en au moins une.',
		),
		'no-questions' => array(
			'en' => 'The list {path} is empty: each dimension needs at least one question.',
			'fr' => 'La liste {path} est vide : chaque dimension doit contenir au moins une question.',
		),
		'assessment-mismatch' => array(
			'en' => 'This response belongs to assessment "{found}", not "{expected}". Open it with its own assessment.',
			'fr' => 'Cette réponse appartient à l’évaluation « {found} », et non à « {expected} ». Ouvrez-la avec sa propre évaluation.',
		),
		'unknown-question' => array(
			'en' => 'This assessment has no question with the id "{id}". Remove this entry or correct the id.',
			'fr' => 'Cette évaluation n’a aucune question dont l’identifiant est « {id} ». Retirez cette entrée ou corrigez l’identifiant.',
		),
		'answer-out-of-scale' => array(
			'en' => 'The answer {found} to question "{id}" is outside the scale. Use a whole number from {min} to {max}.',
			'fr' => 'La réponse {found} à la question « {id} » est hors de l’échelle. Utilisez un nombre entier de {min} à {max}.',
		),
		'answer-invalid' => array(
			'en' => 'The answer {found} to question "{id}" is not valid. Use a whole number from {min} to {max}, or "dk" (don’t know) or "na" (not applicable) where the assessment offers them.',
			'fr' => 'La réponse {found} à la question « {id} » n’est pas valide. Utilisez un nombre entier de {min} à {max}, ou « dk » (je ne sais pas) ou « na » (ne s’applique pas) si l’évaluation les offre.',
		),
		'dk-not-offered' => array(
			'en' => 'Question "{id}" cannot be answered "don’t know": this assessment does not offer it (scale.dontKnow is false). Choose a value on the scale.',
			'fr' => 'La question « {id} » ne peut pas recevoir la réponse « je ne sais pas » : cette évaluation ne l’offre pas (scale.dontKnow vaut false). Choisissez une valeur de l’échelle.',
		),
		'na-not-offered' => array(
			'en' => 'Question "{id}" cannot be answered "not applicable": this assessment does not offer it (scale.notApplicable is false). Choose a value on the scale.',
			'fr' => 'La question « {id} » ne peut pas recevoir la réponse « ne s’applique pas » : cette évaluation ne l’offre pas (scale.notApplicable vaut false). Choisissez une valeur de l’échelle.',
		),
		'too-long' => array(
			'en' => 'This text is {length} characters long; the limit is {max}. Shorten it.',
			'fr' => 'Ce texte compte {length} caractères; la limite est de {max}. Raccourcissez-le.',
		),
		'invalid-date' => array(
			'en' => '"{found}" is not a valid date. Use the ISO 8601 form, such as 2025-03-14 or 2025-03-14T09:30:00Z.',
			'fr' => '« {found} » n’est pas une date valide. Utilisez la forme ISO 8601, par exemple 2025-03-14 ou 2025-03-14T09:30:00Z.',
		),
	);

	/**
	 * Problems only the server finds, and the REST answers' own messages.
	 *
	 * @var array<string, array{en: string, fr: string}>
	 */
	const SERVER = array(
		'group-not-in-round'       => array(
			'en' => 'The group "{found}" is not one of this round’s groups ({groups}). Choose one of them, or none.',
			'fr' => 'Le groupe « {found} » ne fait pas partie des groupes de ce tour d’évaluation ({groups}). Choisissez-en un, ou aucun.',
		),
		'version-mismatch'         => array(
			'en' => 'This response was written for version "{found}" of the assessment; this round uses version "{expected}". Reload the page to answer the current version.',
			'fr' => 'Cette réponse a été rédigée pour la version « {found} » de l’évaluation; ce tour d’évaluation utilise la version « {expected} ». Rechargez la page pour répondre à la version actuelle.',
		),
		'unknown-dimension'        => array(
			'en' => 'This assessment has no dimension with the id "{id}". Remove this entry or correct the id.',
			'fr' => 'Cette évaluation n’a aucune dimension dont l’identifiant est « {id} ». Retirez cette entrée ou corrigez l’identifiant.',
		),
		'target-out-of-range'      => array(
			'en' => 'The target {found} for dimension "{id}" is outside the wheel’s scale. Use a number from {min} to {max}.',
			'fr' => 'La cible {found} de la dimension « {id} » est hors de l’échelle de la roue. Utilisez un nombre de {min} à {max}.',
		),
		'too-many-items'           => array(
			'en' => 'The list {path} has {length} items; the limit is {max}.',
			'fr' => 'La liste {path} compte {length} éléments; la limite est de {max}.',
		),
		'wrong-value'              => array(
			'en' => 'The field {path} must be {expected}, not {found}.',
			'fr' => 'Le champ {path} doit valoir {expected}, et non {found}.',
		),
		'invalid-status'           => array(
			'en' => 'The status {found} is not valid. Use "open" or "closed".',
			'fr' => 'Le statut {found} n’est pas valide. Utilisez « open » (ouvert) ou « closed » (fermé).',
		),
		'rest_not_logged_in'       => array(
			'en' => 'You are not logged in (or your session has expired). Log in, then reload the page.',
			'fr' => 'Vous n’êtes pas connecté ou votre session a expiré. Connectez-vous, puis rechargez la page.',
		),
		'ge-forbidden'             => array(
			'en' => 'Only the facilitators of this round may do this.',
			'fr' => 'Seules les personnes qui animent ce tour d’évaluation peuvent faire cela.',
		),
		'ge-unknown-round'         => array(
			'en' => 'This round does not exist, or is not published.',
			'fr' => 'Ce tour d’évaluation n’existe pas ou n’est pas publié.',
		),
		'ge-invalid-json'          => array(
			'en' => 'The request body is not valid JSON.',
			'fr' => 'Le corps de la requête n’est pas du JSON valide.',
		),
		'ge-too-large'             => array(
			'en' => 'The request body is {size} bytes long; the limit is {max} bytes.',
			'fr' => 'Le corps de la requête compte {size} octets; la limite est de {max} octets.',
		),
		'ge-invalid-response:1'    => array(
			'en' => 'The response has 1 problem.',
			'fr' => 'La réponse comporte 1 problème.',
		),
		'ge-invalid-response'      => array(
			'en' => 'The response has {count} problems.',
			'fr' => 'La réponse comporte {count} problèmes.',
		),
		'ge-invalid-targets:1'     => array(
			'en' => 'The targets have 1 problem.',
			'fr' => 'Les cibles comportent 1 problème.',
		),
		'ge-invalid-targets'       => array(
			'en' => 'The targets have {count} problems.',
			'fr' => 'Les cibles comportent {count} problèmes.',
		),
		'ge-invalid-plan:1'        => array(
			'en' => 'The plan has 1 problem.',
			'fr' => 'Le plan comporte 1 problème.',
		),
		'ge-invalid-plan'          => array(
			'en' => 'The plan has {count} problems.',
			'fr' => 'Le plan comporte {count} problèmes.',
		),
		'ge-invalid-status'        => array(
			'en' => 'The status must be "open" or "closed".',
			'fr' => 'Le statut doit être « open » (ouvert) ou « closed » (fermé).',
		),
		'ge-round-closed'          => array(
			'en' => 'This round is closed: it no longer takes responses.',
			'fr' => 'Ce tour d’évaluation est fermé : il n’accepte plus de réponses.',
		),
		'ge-plan-conflict'         => array(
			'en' => 'Someone else saved the plan in the meantime (revision {revision}). Choose which version to keep.',
			'fr' => 'Quelqu’un d’autre a enregistré le plan entre-temps (révision {revision}). Choisissez la version à conserver.',
		),
	);

	/** 'fr' for fr, fr-CA, fr_FR...; 'en' otherwise. */
	public static function base_locale( $locale ) {
		return 0 === strpos( strtolower( (string) $locale ), 'fr' ) ? 'fr' : 'en';
	}

	/**
	 * The language of a REST answer: the first language of Accept-Language when the request has
	 * one, else the site's or user's locale.
	 *
	 * @param string|null $accept_language The header, or null.
	 * @param string      $fallback        A WordPress locale (fr_CA, en_US...).
	 */
	public static function negotiate( $accept_language, $fallback ) {
		$header = trim( (string) $accept_language );
		if ( '' !== $header && '*' !== $header[0] ) {
			return self::base_locale( $header );
		}
		return self::base_locale( $fallback );
	}

	/** True when the catalogue has a text for $code. */
	public static function has( $code ) {
		return isset( self::VALIDATION[ $code ] ) || isset( self::SERVER[ $code ] );
	}

	/** Every code with a text. */
	public static function codes() {
		return array_merge( array_keys( self::VALIDATION ), array_keys( self::SERVER ) );
	}

	/** The raw template of $code in $lang, or null. */
	public static function template( $code, $lang ) {
		$entry = isset( self::VALIDATION[ $code ] ) ? self::VALIDATION[ $code ] : ( isset( self::SERVER[ $code ] ) ? self::SERVER[ $code ] : null );
		return null === $entry ? null : $entry[ self::base_locale( $lang ) ];
	}

	/**
	 * The message for $code in $locale with $params filled in; numbers in the locale's way.
	 * An unknown code gives the code itself.
	 */
	public static function format( $code, $params = array(), $locale = 'en' ) {
		$lang     = self::base_locale( $locale );
		$template = self::template( $code, $lang );
		if ( null === $template ) {
			return (string) $code;
		}
		if ( 'fr' === $lang ) {
			$template = self::french_spacing( $template );
		}
		return self::fill( $template, is_array( $params ) ? $params : array(), $lang );
	}

	/** A count message: "The response has 1 problem." / "... has 3 problems.". */
	public static function count_message( $code, $count, $locale ) {
		$key = 1 === (int) $count && self::has( $code . ':1' ) ? $code . ':1' : $code;
		return self::format( $key, array( 'count' => (int) $count ), $locale );
	}

	/** Quebec typography on templates only: non-breaking spaces inside « » and before the colon. */
	private static function french_spacing( $template ) {
		return str_replace( array( '« ', ' »', ' :' ), array( "«\u{a0}", "\u{a0}»", "\u{a0}:" ), $template );
	}

	private static function fill( $template, $params, $lang ) {
		return preg_replace_callback(
			'/\{(\w+)\}/',
			function ( $m ) use ( $params, $lang ) {
				if ( ! array_key_exists( $m[1], $params ) ) {
					return $m[0];
				}
				$value = $params[ $m[1] ];
				if ( is_int( $value ) || is_float( $value ) ) {
					return self::number( $value, $lang );
				}
				return is_string( $value ) ? $value : $m[0];
			},
			$template
		);
	}

	/** A number as Intl.NumberFormat('en-CA' | 'fr-CA', { maximumFractionDigits: 10 }) writes it. */
	public static function number( $value, $lang ) {
		if ( is_float( $value ) && is_nan( $value ) ) {
			return 'NaN';
		}
		if ( is_float( $value ) && is_infinite( $value ) ) {
			return ( $value < 0 ? '-' : '' ) . '∞';
		}
		$thousands = 'fr' === $lang ? "\u{a0}" : ',';
		$decimal   = 'fr' === $lang ? ',' : '.';
		$text      = number_format( abs( $value ), is_int( $value ) ? 0 : 10, $decimal, $thousands );
		if ( ! is_int( $value ) ) {
			$text = rtrim( rtrim( $text, '0' ), $decimal );
		}
		return ( $value < 0 && '0' !== $text ? '-' : '' ) . $text;
	}
}
