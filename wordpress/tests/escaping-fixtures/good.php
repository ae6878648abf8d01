<?php
/**
 * Fixture of escaping.php --self-test: nothing here may be reported.
 * Never run; only tokenized (and linted by php -l).
 *
 * @package GenderInPractice
 */

echo esc_html( $name );
echo '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Home', 'gender-in-practice' ) . '</a>';
echo (int) $count . ' ' . (float) $ratio, PHP_EOL;
echo absint( $_GET['id'] ) . number_format_i18n( $total ) . intval( $x );
echo wp_kses_post( $content ) . wp_kses( $html, array( 'b' => array() ) );
echo '<option ' . selected( $a, $b, false ) . checked( $c, true, false ) . '>';
echo 'closed' === GIP_Rounds::status( $id ) ? esc_html__( 'closed', 'gender-in-practice' ) : esc_html__( 'open', 'gender-in-practice' );
echo GIP_Rounds::POST_TYPE . PHP_EOL . true . 42 . 1.5;
print esc_attr( $value );
printf( '<a href="%s">%s</a>', esc_url( $url ), esc_html( $title ) );
vprintf( '%s (%d)', array( esc_html( $label ), (int) $n ) );
wp_die( esc_html__( 'Not allowed.', 'gender-in-practice' ), $title );
esc_html_e( 'Hello', 'gender-in-practice' );
echo $html; // Escaped: every piece of $html went through esc_attr() above.
// Escaped: wp_json_encode() inside a script element the theme controls.
echo $json;

/** Methods and declarations that merely share a name with printing functions. */
final class GIP_Fixture {
	/** Not the global printf. */
	public function printf( $x ) {
		return $x;
	}

	/** A shortcode handler: only `return`s that concatenate are checked. */
	public function render( $label ) {
		$this->printf( $label );
		if ( ! $label ) {
			return $label;
		}
		return '<b>' . esc_html( $label ) . '</b>';
	}
}
?>
<p><?= esc_html( $inline ) ?></p>
