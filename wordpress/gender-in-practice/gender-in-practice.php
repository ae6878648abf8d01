<?php
/**
 * Plugin Name:       Gender in Practice
 * Description:       Participatory gender-equality self-assessment rounds: members answer the survey, facilitators see the Socratic Wheel and keep the action plan. Shortcodes [ge_survey], [socratic_wheel] and [action_plan_board].
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            Gender in Practice contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       gender-in-practice
 * Domain Path:       /languages
 *
 * @package GenderInPractice
 */

defined( 'ABSPATH' ) || exit;

define( 'GIP_VERSION', '0.1.0' );
define( 'GIP_FILE', __FILE__ );
define( 'GIP_DIR', plugin_dir_path( __FILE__ ) );

// The protocol's limits and texts, written by the build from the TypeScript core: first, since the
// pure classes' constants read them.
require_once GIP_DIR . 'includes/pure/class-gip-protocol-data.php';
GIP_Protocol_Data::boot( GIP_DIR . GIP_Protocol_Data::RELATIVE_PATH );
require_once GIP_DIR . 'includes/pure/class-gip-json.php';
require_once GIP_DIR . 'includes/pure/class-gip-messages.php';
require_once GIP_DIR . 'includes/pure/class-gip-issues.php';
require_once GIP_DIR . 'includes/pure/class-gip-validator.php';
require_once GIP_DIR . 'includes/pure/class-gip-protocol.php';
require_once GIP_DIR . 'includes/pure/class-gip-release.php';
require_once GIP_DIR . 'includes/pure/class-gip-invitation.php';
require_once GIP_DIR . 'includes/pure/class-gip-round-rules.php';
require_once GIP_DIR . 'includes/class-gip-install.php';
require_once GIP_DIR . 'includes/class-gip-rounds.php';
require_once GIP_DIR . 'includes/class-gip-store.php';
require_once GIP_DIR . 'includes/class-gip-releases.php';
require_once GIP_DIR . 'includes/class-gip-facilitators.php';
require_once GIP_DIR . 'includes/class-gip-audience.php';
require_once GIP_DIR . 'includes/class-gip-codes.php';
require_once GIP_DIR . 'includes/class-gip-devices.php';
require_once GIP_DIR . 'includes/class-gip-admin.php';
require_once GIP_DIR . 'includes/class-gip-admin-save.php';
require_once GIP_DIR . 'includes/class-gip-rest.php';
require_once GIP_DIR . 'includes/rest/class-gip-rest-controller.php';
require_once GIP_DIR . 'includes/rest/class-gip-rest-round-controller.php';
require_once GIP_DIR . 'includes/rest/class-gip-rest-response-controller.php';
require_once GIP_DIR . 'includes/rest/class-gip-rest-results-controller.php';
require_once GIP_DIR . 'includes/rest/class-gip-rest-releases-controller.php';
require_once GIP_DIR . 'includes/rest/class-gip-rest-targets-controller.php';
require_once GIP_DIR . 'includes/rest/class-gip-rest-plan-controller.php';
require_once GIP_DIR . 'includes/rest/class-gip-rest-status-controller.php';
require_once GIP_DIR . 'includes/class-gip-shortcodes.php';
require_once GIP_DIR . 'includes/class-gip-kses.php';

register_activation_hook( __FILE__, array( 'GIP_Install', 'activate' ) );

add_action( 'plugins_loaded', array( 'GIP_Install', 'maybe_upgrade' ) );
add_action( 'init', 'gip_init' );
GIP_Rest::hooks();
GIP_Facilitators::hooks();
GIP_Codes::hooks();
GIP_Devices::hooks();
add_filter( 'wp_kses_allowed_html', array( 'GIP_Kses', 'allowed_html' ), 10, 2 );
add_filter( 'the_content', array( 'GIP_Shortcodes', 'enqueue_for_tags' ), 1 );
add_action( 'before_delete_post', array( 'GIP_Store', 'delete_round_data' ) );
if ( is_admin() ) {
	GIP_Admin::hooks();
}

/**
 * Text domain, round post type, the elements' scripts, shortcodes.
 */
function gip_init() {
	load_plugin_textdomain( 'gender-in-practice', false, dirname( plugin_basename( GIP_FILE ) ) . '/languages' );
	GIP_Rounds::register_post_type();
	GIP_Shortcodes::register_scripts();
	GIP_Shortcodes::register();
}
