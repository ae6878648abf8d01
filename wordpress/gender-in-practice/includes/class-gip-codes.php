<?php
/**
 * A round's invitation codes: made on the round's screen (admin-post.php), shown once as a
 * printable list with a CSV download built into the page (a data: link), and stored only as keyed
 * hashes, so the server never keeps a code it could show again. A code answers once; used again,
 * it reaches that same response (the response's member hash is derived from the code's hash).
 * Unused codes can be withdrawn.
 *
 * @package GenderInPractice
 */

defined( 'ABSPATH' ) || exit;

/**
 * Invitation codes.
 */
final class GIP_Codes {
	const MAKE_ACTION     = 'gip_make_codes';
	const WITHDRAW_ACTION = 'gip_withdraw_codes';
	/** Transient prefix of the batches already made (a reload never makes a second batch). */
	const BATCH_PREFIX = 'gip_codes_batch_';

	/** Hooks. */
	public static function hooks() {
		add_action( 'admin_post_' . self::MAKE_ACTION, array( __CLASS__, 'handle_make' ) );
		add_action( 'admin_post_' . self::WITHDRAW_ACTION, array( __CLASS__, 'handle_withdraw' ) );
	}

	/** `{prefix}gip_codes`. */
	public static function table() {
		global $wpdb;
		return $wpdb->prefix . 'gip_codes';
	}

	/** The stored hash of a code of the round. */
	private static function hash( $round_id, $code ) {
		return GIP_Invitation::hash( $code, GIP_Rounds::hash_key( $round_id ) );
	}

	/**
	 * Makes $count new codes for the round and returns them: the only time they exist in clear.
	 *
	 * @return string[] Canonical codes.
	 */
	public static function make( $round_id, $count ) {
		global $wpdb;
		$table = self::table();
		$now   = gmdate( 'Y-m-d H:i:s' );
		$codes = array();
		$tries = 0;
		while ( count( $codes ) < $count && $tries++ < $count * 2 + 10 ) {
			$code = GIP_Invitation::generate();
			// INSERT IGNORE: a code equal to one of the round's (one chance in 2^60) is drawn again.
			// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared
			$inserted = $wpdb->query( $wpdb->prepare( "INSERT IGNORE INTO {$table} (round_id, code_hash, made_at) VALUES (%d, %s, %s)", $round_id, self::hash( $round_id, $code ), $now ) );
			if ( 1 === (int) $inserted ) {
				$codes[] = $code;
			}
		}
		return $codes;
	}

	/** The row (id, code_hash, used_at) of a code of the round, or null. */
	public static function find( $round_id, $code ) {
		global $wpdb;
		$table = self::table();
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$row = $wpdb->get_row( $wpdb->prepare( "SELECT id, code_hash, used_at FROM {$table} WHERE round_id = %d AND code_hash = %s", $round_id, self::hash( $round_id, $code ) ) );
		return $row ? $row : null;
	}

	/** Marks a code as used by its first response. */
	public static function mark_used( $code_id ) {
		global $wpdb;
		$table = self::table();
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$wpdb->query( $wpdb->prepare( "UPDATE {$table} SET used_at = %s WHERE id = %d AND used_at IS NULL", gmdate( 'Y-m-d H:i:s' ), $code_id ) );
	}

	/** @return array{made: int, used: int} The round's codes, and how many have answered. */
	public static function counts( $round_id ) {
		global $wpdb;
		$table = self::table();
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$row = $wpdb->get_row( $wpdb->prepare( "SELECT COUNT(*) AS made, COUNT(used_at) AS used FROM {$table} WHERE round_id = %d", $round_id ) );
		return array(
			'made' => $row ? (int) $row->made : 0,
			'used' => $row ? (int) $row->used : 0,
		);
	}

	/** Withdraws the codes that have not answered; returns how many. */
	public static function withdraw_unused( $round_id ) {
		global $wpdb;
		$table = self::table();
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		return (int) $wpdb->query( $wpdb->prepare( "DELETE FROM {$table} WHERE round_id = %d AND used_at IS NULL", $round_id ) );
	}

	/** The round of an admin-post request, after its nonce and the facilitator check; or wp_die. */
	private static function round_of_request( $action ) {
		$round_id = isset( $_POST['round'] ) ? absint( $_POST['round'] ) : 0; // phpcs:ignore WordPress.Security.NonceVerification.Missing -- checked on the next line.
		check_admin_referer( $action . '_' . $round_id );
		$post = GIP_Rounds::post( $round_id );
		if ( ! $post ) {
			wp_die( esc_html__( 'This round does not exist.', 'gender-in-practice' ), '', array( 'response' => 404 ) );
		}
		if ( ! current_user_can( GIP_Facilitators::FACILITATE ) || ! current_user_can( 'edit_post', $round_id ) ) {
			wp_die( esc_html__( 'Only the facilitators of this round can do this.', 'gender-in-practice' ), '', array( 'response' => 403 ) );
		}
		return $post;
	}

	/** admin-post.php?action=gip_make_codes: makes the codes and shows them, once. */
	public static function handle_make() {
		$post  = self::round_of_request( self::MAKE_ACTION );
		$count = isset( $_POST['count'] ) ? absint( $_POST['count'] ) : 0; // phpcs:ignore WordPress.Security.NonceVerification.Missing -- checked in round_of_request().
		$batch = isset( $_POST['batch'] ) ? sanitize_key( wp_unslash( $_POST['batch'] ) ) : ''; // phpcs:ignore WordPress.Security.NonceVerification.Missing -- checked in round_of_request().
		if ( $count < 1 || $count > GIP_Invitation::MAX_BATCH ) {
			/* translators: %d: the most codes made at once. */
			wp_die( esc_html( sprintf( __( 'Make from 1 to %d codes at a time.', 'gender-in-practice' ), GIP_Invitation::MAX_BATCH ) ), '', array( 'response' => 400 ) );
		}
		$key = self::BATCH_PREFIX . md5( $post->ID . ':' . $batch );
		if ( '' === $batch || false !== get_transient( $key ) ) {
			wp_die( esc_html__( 'These codes were made and shown already; they are not shown again. Make new ones from the round\'s screen.', 'gender-in-practice' ), '', array( 'response' => 409 ) );
		}
		set_transient( $key, 1, DAY_IN_SECONDS );
		nocache_headers();
		self::render_list( $post, self::make( $post->ID, $count ) );
		exit;
	}

	/** admin-post.php?action=gip_withdraw_codes: withdraws the unused codes. */
	public static function handle_withdraw() {
		$post    = self::round_of_request( self::WITHDRAW_ACTION );
		$removed = self::withdraw_unused( $post->ID );
		GIP_Admin::remember_notice(
			$post->ID,
			'infos',
			/* translators: %d: how many codes were withdrawn. */
			sprintf( _n( '%d unused invitation code was withdrawn: it no longer answers the survey.', '%d unused invitation codes were withdrawn: they no longer answer the survey.', $removed, 'gender-in-practice' ), $removed )
		);
		wp_safe_redirect( admin_url( 'post.php?post=' . $post->ID . '&action=edit' ) );
		exit;
	}

	/** The answer page's address, where code holders go (the site's home when there is none). */
	public static function answer_url( $round_id ) {
		$page = (int) get_post_meta( $round_id, '_gip_answer_page', true );
		$url  = $page ? get_permalink( $page ) : false;
		return $url ? $url : home_url( '/' );
	}

	/**
	 * The page that shows a batch of codes: one per line, each with the round's title and the
	 * answer page's address when printed (so the sheet can be cut into slips), a CSV download
	 * built into the page, and nothing kept on the server.
	 *
	 * @param WP_Post  $post  The round.
	 * @param string[] $codes Canonical codes.
	 */
	private static function render_list( $post, array $codes ) {
		$title = html_entity_decode( get_the_title( $post ), ENT_QUOTES, 'UTF-8' );
		$url   = self::answer_url( $post->ID );
		$rows  = array( array( __( 'Code', 'gender-in-practice' ), __( 'Round', 'gender-in-practice' ), __( 'Answer page', 'gender-in-practice' ) ) );
		foreach ( $codes as $code ) {
			$rows[] = array( GIP_Invitation::format( $code ), $title, $url );
		}
		$csv  = 'data:text/csv;charset=utf-8;base64,' . base64_encode( GIP_Invitation::csv( $rows ) ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_encode -- a data: link, not obfuscation.
		$back = admin_url( 'post.php?post=' . $post->ID . '&action=edit' );
		$lang = str_replace( '_', '-', get_user_locale() );
		?>
<!DOCTYPE html>
<html lang="<?php echo esc_attr( $lang ); ?>">
<head>
<meta charset="utf-8" />
<meta name="robots" content="noindex" />
<title><?php echo esc_html( sprintf( /* translators: %s: the round's title. */ __( 'Invitation codes: %s', 'gender-in-practice' ), $title ) ); ?></title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 48rem; padding: 0 1rem; color: #1d2327; }
.gip-codes { list-style: none; padding: 0; }
.gip-codes li { padding: .4rem 0; border-bottom: 1px dashed #8c8f94; }
.gip-codes code { font: 600 1.25rem/1.4 ui-monospace, monospace; letter-spacing: .08em; }
.gip-slip { display: none; }
.gip-warning { border-left: 4px solid #dba617; padding: .5rem 1rem; background: #fcf9e8; }
.gip-actions a, .gip-actions button { margin-right: 1rem; font: inherit; }
@media print {
	.gip-screen { display: none; }
	body { margin: 0; max-width: none; }
	.gip-codes li { break-inside: avoid; padding: 8pt 0; }
	.gip-slip { display: block; font-size: 10pt; }
}
</style>
</head>
<body>
<h1 id="gip-codes-title"><?php echo esc_html( $title ); ?></h1>
<p><?php esc_html_e( 'Answer at:', 'gender-in-practice' ); ?> <a id="gip-codes-url" href="<?php echo esc_url( $url ); ?>"><?php echo esc_html( $url ); ?></a></p>
<p class="gip-screen gip-warning" id="gip-codes-once"><?php echo esc_html( sprintf( /* translators: %d: how many codes. */ _n( 'This code is shown only now: the site keeps a fingerprint of it, never the code. Print it or download it before you leave this page.', 'These %d codes are shown only now: the site keeps a fingerprint of each, never the code. Print them or download them before you leave this page.', count( $codes ), 'gender-in-practice' ), count( $codes ) ) ); ?></p>
<p class="gip-screen"><?php esc_html_e( 'Give one code to each person. A code answers the survey once; used again, it changes that same answer. A code names no one.', 'gender-in-practice' ); ?></p>
<p class="gip-screen gip-actions">
	<button type="button" onclick="window.print()"><?php esc_html_e( 'Print', 'gender-in-practice' ); ?></button>
	<a id="gip-codes-csv" download="invitation-codes-<?php echo esc_attr( (string) $post->ID ); ?>.csv" href="<?php echo esc_url( $csv, array( 'data' ) ); ?>"><?php esc_html_e( 'Download as CSV', 'gender-in-practice' ); ?></a>
	<a href="<?php echo esc_url( $back ); ?>"><?php esc_html_e( 'Back to the round', 'gender-in-practice' ); ?></a>
</p>
<ol class="gip-codes" id="gip-codes">
		<?php foreach ( $codes as $code ) : ?>
	<li><code><?php echo esc_html( GIP_Invitation::format( $code ) ); ?></code><span class="gip-slip"><?php echo esc_html( $title ); ?> · <?php echo esc_html( $url ); ?></span></li>
		<?php endforeach; ?>
</ol>
</body>
</html>
		<?php
	}
}
