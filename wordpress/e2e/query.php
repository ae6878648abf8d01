<?php
// Reads (and for kses, filters) what the end-to-end test checks on the server side, as JSON.
// Run with: php query.php <command> [args...]
//   responses <round_id>            the stored rows of a round (no content), and their count
//   round <round_id>                the round's settings, pages, targets and plan
//   rounds                          the ids of every round
//   pages <round_id>                the pages whose content names the round (id, status, content)
//   kses <user_login> <html>        the HTML as the editor's filter leaves it for that user
//   render <user_login> <shortcode> the shortcode's HTML for that user ('-' for nobody), and whether page caches are told off
//   make-round <owner> <title> <groups> <k>  a published round with the default assessment and an answer
//                                   page, owned by <owner> (as the round screen saves one); its id and page
//   set-meta <round_id> <key> <value>  writes a round's meta directly (as someone with the database would)
//   releases <round_id>             the round's stored releases (seq, k, n, members count), newest last
//   codes <round_id>                the round's invitation code rows (hash, used or not): never a code
//   forget-attempts                 forgets every connection's wrong invitation codes
//   user-id <user_login>            a user's id
//   option <name> <value>           sets a site option (e.g. users_can_register)
//   locale <fr_FR|en_US>            sets the site's language
//   deactivate                      deactivates the plugin (as Plugins › Deactivate does)
//   uninstall                       then, in a process where the plugin is no longer loaded, runs
//                                   its uninstall.php and reports what of it is left
$_SERVER['HTTP_HOST']   = '127.0.0.1:' . ( getenv( 'GIP_WP_PORT' ) ? getenv( 'GIP_WP_PORT' ) : '8080' );
$_SERVER['REQUEST_URI'] = '/';
require '/usr/share/wordpress/wp-load.php';
global $wpdb;
$gip_cmd = $argv[1] ?? '';
$gip_out = null;
switch ( $gip_cmd ) {
	case 'responses':
		$gip_rows = $wpdb->get_results( $wpdb->prepare(
			"SELECT id, member_hash, grp, submitted_at, updated_at, response FROM {$wpdb->prefix}gip_responses WHERE round_id = %d ORDER BY id",
			(int) $argv[2]
		), ARRAY_A );
		$gip_out = array( 'count' => count( $gip_rows ), 'rows' => $gip_rows );
		break;
	case 'rounds':
		$gip_out = get_posts( array( 'post_type' => 'ge_round', 'post_status' => 'any', 'fields' => 'ids', 'numberposts' => -1 ) );
		break;
	case 'round':
		$gip_id   = (int) $argv[2];
		$gip_meta = array();
		foreach ( get_post_meta( $gip_id ) as $gip_key => $gip_values ) {
			if ( '_gip_' === substr( $gip_key, 0, 5 ) && '_gip_secret' !== $gip_key && '_gip_assessment' !== $gip_key ) {
				$gip_meta[ $gip_key ] = maybe_unserialize( $gip_values[0] );
			}
		}
		$gip_plan = $wpdb->get_row( $wpdb->prepare( "SELECT plan, revision FROM {$wpdb->prefix}gip_plans WHERE round_id = %d", $gip_id ), ARRAY_A );
		$gip_assessment = json_decode( (string) get_post_meta( $gip_id, '_gip_assessment', true ), true );
		$gip_out        = array(
			'post'       => get_post( $gip_id ),
			'meta'       => $gip_meta,
			'plan'       => $gip_plan,
			'assessment' => is_array( $gip_assessment ) ? array( 'id' => $gip_assessment['id'] ?? null, 'dimensions' => count( $gip_assessment['dimensions'] ?? array() ) ) : null,
		);
		break;
	case 'pages':
		$gip_out = array();
		foreach ( get_posts( array( 'post_type' => 'page', 'post_status' => 'any', 'numberposts' => -1 ) ) as $gip_page ) {
			if ( false !== strpos( $gip_page->post_content, 'round="' . (int) $argv[2] . '"' ) ) {
				$gip_out[] = array( 'id' => $gip_page->ID, 'status' => $gip_page->post_status, 'content' => $gip_page->post_content );
			}
		}
		break;
	case 'kses':
		$gip_user = get_user_by( 'login', $argv[2] );
		wp_set_current_user( $gip_user ? $gip_user->ID : 0 );
		$gip_out = array( 'html' => wp_kses_post( $argv[3] ), 'unfiltered' => current_user_can( 'unfiltered_html' ) );
		break;
	case 'render':
		$gip_user = get_user_by( 'login', $argv[2] );
		wp_set_current_user( $gip_user ? $gip_user->ID : 0 );
		$gip_html = do_shortcode( $argv[3] );
		$gip_out  = array(
			'html'       => $gip_html,
			'donotcache' => defined( 'DONOTCACHEPAGE' ) && DONOTCACHEPAGE,
			'scripts'    => array_values( array_intersect( array_keys( GIP_Shortcodes::SCRIPTS ), wp_scripts()->queue ) ),
		);
		break;
	case 'make-round':
		$gip_owner = get_user_by( 'login', $argv[2] );
		$gip_id    = wp_insert_post( array( 'post_type' => 'ge_round', 'post_status' => 'publish', 'post_title' => $argv[3], 'post_author' => $gip_owner->ID ) );
		$gip_json  = file_get_contents( WP_PLUGIN_DIR . '/gender-in-practice/assets/default-assessment.json' );
		update_post_meta( $gip_id, '_gip_assessment', wp_slash( wp_json_encode( json_decode( $gip_json ) ) ) );
		update_post_meta( $gip_id, '_gip_groups', $argv[4] );
		update_post_meta( $gip_id, '_gip_min_group_size', (int) $argv[5] );
		update_post_meta( $gip_id, '_gip_status', 'open' );
		GIP_Rounds::secret( $gip_id );
		$gip_page = wp_insert_post( array( 'post_type' => 'page', 'post_status' => 'publish', 'post_title' => $argv[3] . ': survey', 'post_content' => '[ge_survey round="' . $gip_id . '"]' ) );
		update_post_meta( $gip_id, '_gip_answer_page', $gip_page );
		$gip_out = array( 'id' => $gip_id, 'answerPage' => $gip_page );
		break;
	case 'set-meta':
		update_post_meta( (int) $argv[2], $argv[3], $argv[4] );
		$gip_out = array( $argv[3] => get_post_meta( (int) $argv[2], $argv[3], true ) );
		break;
	case 'releases':
		$gip_out = array();
		foreach ( $wpdb->get_results( $wpdb->prepare( "SELECT seq, k, n, members FROM {$wpdb->prefix}gip_releases WHERE round_id = %d ORDER BY seq", (int) $argv[2] ), ARRAY_A ) as $gip_row ) {
			$gip_out[] = array( 'seq' => (int) $gip_row['seq'], 'k' => (int) $gip_row['k'], 'n' => (int) $gip_row['n'], 'members' => count( (array) json_decode( $gip_row['members'], true ) ) );
		}
		break;
	case 'codes':
		$gip_out = $wpdb->get_results( $wpdb->prepare( "SELECT code_hash, used_at IS NOT NULL AS used FROM {$wpdb->prefix}gip_codes WHERE round_id = %d ORDER BY id", (int) $argv[2] ), ARRAY_A );
		break;
	case 'forget-attempts':
		$gip_out = array( 'deleted' => (int) $wpdb->query( $wpdb->prepare( "DELETE FROM {$wpdb->options} WHERE option_name LIKE %s OR option_name LIKE %s", $wpdb->esc_like( '_transient_gip_code_tries_' ) . '%', $wpdb->esc_like( '_transient_timeout_gip_code_tries_' ) . '%' ) ) );
		break;
	case 'option':
		update_option( $argv[2], $argv[3] );
		$gip_out = array( $argv[2] => get_option( $argv[2] ) );
		break;
	case 'user-id':
		$gip_out = array( 'id' => (int) get_user_by( 'login', $argv[2] )->ID );
		break;
	case 'locale':
		update_option( 'WPLANG', 'en_US' === $argv[2] ? '' : $argv[2] );
		$gip_out = array( 'WPLANG' => get_option( 'WPLANG' ) );
		break;
	case 'deactivate':
		require_once ABSPATH . 'wp-admin/includes/plugin.php';
		deactivate_plugins( 'gender-in-practice/gender-in-practice.php', true );
		$gip_out = array( 'active' => is_plugin_active( 'gender-in-practice/gender-in-practice.php' ) );
		break;
	case 'uninstall':
		require_once ABSPATH . 'wp-admin/includes/plugin.php';
		$gip_out = array( 'loaded' => class_exists( 'GIP_Rest', false ) );
		uninstall_plugin( 'gender-in-practice/gender-in-practice.php' );
		$gip_caps = array();
		foreach ( array( 'administrator', 'editor', 'author' ) as $gip_role ) {
			foreach ( array( 'ge_facilitate', 'ge_use_elements', 'ge_take_over_rounds' ) as $gip_cap ) {
				if ( get_role( $gip_role )->has_cap( $gip_cap ) ) {
					$gip_caps[] = "$gip_role:$gip_cap";
				}
			}
		}
		$gip_out += array(
			'tables' => $wpdb->get_col( $wpdb->prepare( 'SHOW TABLES LIKE %s', $wpdb->esc_like( $wpdb->prefix . 'gip_' ) . '%' ) ),
			'rounds' => (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->posts} WHERE post_type = 'ge_round'" ),
			'meta'   => (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$wpdb->postmeta} WHERE meta_key LIKE %s", $wpdb->esc_like( '_gip_' ) . '%' ) ),
			'option' => get_option( 'gip_db_version', null ),
			'transients' => (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$wpdb->options} WHERE option_name LIKE %s", '%' . $wpdb->esc_like( '_transient_gip_' ) . '%' ) ),
			'caps'   => $gip_caps,
		);
		break;
	default:
		fwrite( STDERR, "unknown command\n" );
		exit( 2 );
}
echo wp_json_encode( $gip_out ), "\n";
