<?php
/**
 * Fixture of escaping.php --self-test: every line marked VIOLATION must be reported, and only those.
 * Never run; only tokenized (and linted by php -l).
 *
 * @package GenderInPractice
 */

echo $name; // VIOLATION
echo '<p>' . get_the_title() . '</p>'; // VIOLATION
echo $post->label(); // VIOLATION
print esc_html( $a ) . $b; // VIOLATION
echo 'a', $b; // VIOLATION
echo "Hello $name"; // VIOLATION
echo (string) $count; // VIOLATION
echo GIP_Rounds::status( $id ); // VIOLATION
echo $open ? $label : 'closed'; // VIOLATION
echo $label ?: 'none'; // VIOLATION
printf( '<a href="%s">', $url ); // VIOLATION
vprintf( '%s', array( $value ) ); // VIOLATION
wp_die( $message ); // VIOLATION
_e( 'Hello', 'gender-in-practice' ); // VIOLATION
_ex( 'Hello', 'greeting', 'gender-in-practice' ); // VIOLATION
// Escaped:
echo $no_reason; // VIOLATION
// Escaped: too far above the echo.
$unrelated = 1;
echo $too_far; // VIOLATION

/** A shortcode handler. */
function gip_fixture_shortcode( $label ) {
	return '<b>' . $label . '</b>'; // VIOLATION
}
?>
<p><?= $inline; // VIOLATION ?></p>
