<?php
/**
 * "Escape late" for the plugin, without phpcs: the idea of WPCS's WordPress.Security.EscapeOutput,
 * checked with PHP's tokenizer. What `echo`, `print`, `<?=`, `printf`/`vprintf` and `wp_die`'s message
 * print, and what the shortcodes return when they concatenate, may only be literals, constants,
 * (int)/(float)/(bool) casts and calls to escaping functions (anything inside one is fine), joined
 * with `.`; a ternary's condition is not printed. `_e()`/`_ex()` are always flagged. A comment
 * `// Escaped: <reason>` on the statement's line, or alone on the line before, accepts it.
 *
 * Run with: php wordpress/tests/escaping.php [--self-test]   (exit code 1 on a violation)
 *
 * @package GenderInPractice
 */

const GIP_ESC_SAFE = array( 'esc_html', 'esc_attr', 'esc_url', 'esc_textarea', 'esc_js', 'esc_html__', 'esc_attr__', 'esc_html_x', 'esc_attr_x', 'tag_escape', 'wp_kses', 'wp_kses_post', 'wp_kses_data', 'absint', 'intval', 'number_format_i18n', 'checked', 'selected', 'disabled', 'wp_nonce_field', 'submit_button', 'isset', 'empty' );
const GIP_ESC_SKIP = array( T_WHITESPACE, T_COMMENT, T_DOC_COMMENT );
const GIP_ESC_NAME = array( T_STRING, T_NAME_FULLY_QUALIFIED, T_NAME_QUALIFIED, T_NAME_RELATIVE, T_STATIC, T_ISSET, T_EMPTY );

function gip_id( $tok ) {
	return is_array( $tok ) ? $tok[0] : $tok;
}

/** Index of the next token that is not whitespace or a comment, from $i. */
function gip_next( array $t, $i ) {
	while ( isset( $t[ $i ] ) && in_array( gip_id( $t[ $i ] ), GIP_ESC_SKIP, true ) ) {
		++$i;
	}
	return $i;
}

/** +1 for an opening bracket, -1 for a closing one, 0 otherwise. */
function gip_depth( $tok ) {
	$id = gip_id( $tok );
	return in_array( $id, array( '(', '[', '{', T_CURLY_OPEN, T_DOLLAR_OPEN_CURLY_BRACES ), true ) ? 1 : ( in_array( $id, array( ')', ']', '}' ), true ) ? -1 : 0 );
}

/** Index of the bracket closing the one at $i. */
function gip_match( array $t, $i ) {
	for ( $d = 0; isset( $t[ $i ] ); ++$i ) {
		$d += gip_depth( $t[ $i ] );
		if ( 0 === $d ) {
			return $i;
		}
	}
	return $i;
}

/** Indexes in [$a, $b) of the tokens $id at bracket depth 0. */
function gip_top( array $t, $a, $b, $id ) {
	$found = array();
	for ( $d = 0, $i = $a; $i < $b; ++$i ) {
		$d += gip_depth( $t[ $i ] );
		if ( 0 === $d && gip_id( $t[ $i ] ) === $id ) {
			$found[] = $i;
		}
	}
	return $found;
}

/** End (exclusive) of `$a['k']->b()::C` and the like, starting at the variable or name at $i. */
function gip_chain( array $t, $i, $b ) {
	for ( $j = $i + 1; ( $n = gip_next( $t, $j ) ) < $b; ) {
		$id = gip_id( $t[ $n ] );
		if ( '[' === $id || '(' === $id ) {
			$j = gip_match( $t, $n ) + 1;
		} elseif ( in_array( $id, array( T_OBJECT_OPERATOR, T_NULLSAFE_OBJECT_OPERATOR, T_DOUBLE_COLON ), true ) && ( $m = gip_next( $t, $n + 1 ) ) < $b ) {
			$j = '{' === gip_id( $t[ $m ] ) ? gip_match( $t, $m ) + 1 : $m + 1;
		} else {
			break;
		}
	}
	return $j;
}

/** The source of tokens [$a, $b), on one line and shortened. */
function gip_text( array $t, $a, $b ) {
	$s = '';
	for ( $i = $a; $i < $b; ++$i ) {
		$s .= is_array( $t[ $i ] ) ? $t[ $i ][1] : $t[ $i ];
	}
	$s = preg_replace( '/\s+/', ' ', trim( $s ) );
	return strlen( $s ) > 50 ? substr( $s, 0, 47 ) . '...' : $s;
}

/** The line of the token at $i or, for a one-character token, of the nearest one before it. */
function gip_line( array $t, $i ) {
	while ( $i > 0 && ! is_array( $t[ $i ] ) ) {
		--$i;
	}
	return is_array( $t[ $i ] ) ? $t[ $i ][2] : 1;
}

/** Adds to $out [line, what] for each unescaped operand of the expression list [$a, $b). */
function gip_check( array $t, $a, $b, array &$out ) {
	$bounds = array_merge( array( $a - 1 ), gip_top( $t, $a, $b, ',' ), array( $b ) );
	for ( $k = 1; $k < count( $bounds ); ++$k ) {
		$i = $bounds[ $k - 1 ] + 1;
		$e = $bounds[ $k ];
		$q = gip_top( $t, $i, $e, '?' );
		if ( $q && ':' !== gip_id( $t[ gip_next( $t, $q[0] + 1 ) ] ) ) {
			$i = $q[0] + 1; // A ternary prints one of its branches, never its condition (but `?:` does).
		}
		while ( $i < $e ) {
			$id = gip_id( $t[ $i ] );
			if ( '(' === $id || '[' === $id ) { // Grouping or an array literal (vprintf's values): look inside.
				$j = gip_match( $t, $i );
				gip_check( $t, $i + 1, $j, $out );
				$i = $j + 1;
			} elseif ( in_array( $id, array( T_INT_CAST, T_DOUBLE_CAST, T_BOOL_CAST ), true ) ) {
				$n = gip_next( $t, $i + 1 );
				$i = '(' === gip_id( $t[ $n ] ) ? gip_match( $t, $n ) + 1 : ( in_array( gip_id( $t[ $n ] ), array_merge( GIP_ESC_NAME, array( T_VARIABLE ) ), true ) ? gip_chain( $t, $n, $e ) : $n );
			} elseif ( T_VARIABLE === $id || T_STRING_VARNAME === $id || T_NEW === $id ) {
				$j     = gip_chain( $t, T_NEW === $id ? gip_next( $t, $i + 1 ) : $i, $e );
				$out[] = array( gip_line( $t, $i ), gip_text( $t, $i, $j ) );
				$i     = $j;
			} elseif ( in_array( $id, GIP_ESC_NAME, true ) ) {
				$j    = gip_chain( $t, $i, $e );
				$n    = gip_next( $t, $i + 1 );
				$call = $n < $j && '(' === gip_id( $t[ $n ] );
				$name = strtolower( ltrim( is_array( $t[ $i ] ) ? $t[ $i ][1] : $t[ $i ], '\\' ) );
				if ( $call && in_array( $name, GIP_ESC_SAFE, true ) ) {
					$i = gip_match( $t, $n ) + 1; // Whatever an escaping function is given is fine.
					continue;
				}
				$text = gip_text( $t, $i, $j );
				if ( $call || preg_match( '/\$|\(/', $text ) ) { // A call, a method call, a static property; else a constant.
					$out[] = array( gip_line( $t, $i ), $text );
				}
				$i = $j;
			} elseif ( in_array( $id, array( T_FUNCTION, T_FN, T_MATCH, T_INCLUDE, T_REQUIRE ), true ) ) {
				$out[] = array( gip_line( $t, $i ), gip_text( $t, $i, min( $e, $i + 6 ) ) );
				$i     = $e;
			} else {
				++$i; // Literals, constants, operators, `.`, the quotes of a string (its variables are checked).
			}
		}
	}
}

/** [line, message] for each violation of the file; $returns: check the `return`s that concatenate. */
function gip_violations( $file, $returns ) {
	$src   = file_get_contents( $file );
	$lines = explode( "\n", $src );
	$t     = token_get_all( $src );
	$ok    = array(); // Lines covered by `// Escaped: <reason>`.
	foreach ( $t as $tok ) {
		if ( T_COMMENT === gip_id( $tok ) && preg_match( '~^//\s*Escaped:\s*\S~', $tok[1] ) ) {
			$ok[ $tok[2] ] = true;
			if ( preg_match( '~^\s*//~', $lines[ $tok[2] - 1 ] ) ) {
				$ok[ $tok[2] + 1 ] = true; // A comment alone on its line speaks for the next one.
			}
		}
	}
	$found = array();
	$count = 0;
	foreach ( $t as $i => $tok ) {
		$id   = gip_id( $tok );
		$prev = gip_id( $t[ max( 0, $i - 1 ) ] );
		$prev = in_array( $prev, GIP_ESC_SKIP, true ) && $i > 1 ? gip_id( $t[ $i - 2 ] ) : $prev;
		$name = in_array( $id, array( T_STRING, T_NAME_FULLY_QUALIFIED ), true ) && ! in_array( $prev, array( T_OBJECT_OPERATOR, T_NULLSAFE_OBJECT_OPERATOR, T_DOUBLE_COLON, T_FUNCTION, T_NEW ), true ) ? strtolower( ltrim( $tok[1], '\\' ) ) : '';
		$open = gip_next( $t, $i + 1 );
		if ( in_array( $id, array( T_ECHO, T_PRINT, T_OPEN_TAG_WITH_ECHO ), true ) || ( T_RETURN === $id && $returns ) ) {
			for ( $end = $i + 1, $d = 0; isset( $t[ $end ] ) && ! ( 0 === $d && in_array( gip_id( $t[ $end ] ), array( ';', T_CLOSE_TAG ), true ) ); ++$end ) {
				$d += gip_depth( $t[ $end ] );
			}
			if ( T_RETURN === $id && ! gip_top( $t, $i + 1, $end, '.' ) ) {
				continue;
			}
			$a    = $i + 1;
			$what = T_RETURN === $id ? 'return of a shortcode' : ( T_OPEN_TAG_WITH_ECHO === $id ? '<?=' : strtolower( $tok[1] ) );
		} elseif ( in_array( $name, array( 'printf', 'vprintf', 'wp_die' ), true ) && '(' === gip_id( $t[ $open ] ) ) {
			$a    = $open + 1;
			$end  = gip_match( $t, $open );
			$end  = 'wp_die' === $name ? ( gip_top( $t, $a, $end, ',' )[0] ?? $end ) : $end; // Only its message.
			$what = $name . '()';
		} elseif ( in_array( $name, array( '_e', '_ex' ), true ) && '(' === gip_id( $t[ $open ] ) ) {
			$found[] = array( $tok[2], $name . '() prints the translation unescaped: use ' . ( '_e' === $name ? 'esc_html_e()' : 'echo esc_html_x()' ) . ' (or wp_kses_post( __() ) for markup)' );
			continue;
		} else {
			continue;
		}
		++$count;
		$bad = array();
		gip_check( $t, $a, $end, $bad );
		if ( $bad && ! array_intersect_key( $ok, array_flip( range( $tok[2], gip_line( $t, min( $end, count( $t ) - 1 ) ) ) ) ) ) {
			foreach ( $bad as list( $line, $text ) ) {
				$found[] = array( $line, "$what: $text is not escaped; escape it at the output (esc_html, esc_attr, esc_url, wp_kses...) or say why with // Escaped: <reason>" );
			}
		}
	}
	return array( $found, $count );
}

$gip_root = dirname( __DIR__, 2 );
$gip_fail = array();
if ( in_array( '--self-test', $argv, true ) ) {
	foreach ( array( 'bad', 'good' ) as $gip_kind ) {
		$gip_file = __DIR__ . "/escaping-fixtures/$gip_kind.php";
		list( $gip_found ) = gip_violations( $gip_file, true );
		$gip_got  = array_values( array_unique( array_column( $gip_found, 0 ) ) );
		$gip_want = array_keys( preg_grep( '~//\s*VIOLATION\b~', explode( "\n", file_get_contents( $gip_file ) ) ) );
		$gip_want = array_map( fn( $n ) => $n + 1, $gip_want );
		if ( $gip_got !== $gip_want ) {
			$gip_fail[] = "$gip_kind.php: expected violations on lines [" . implode( ',', $gip_want ) . '], got [' . implode( ',', $gip_got ) . ']';
		}
		$gip_count[ $gip_kind ] = count( $gip_want );
	}
	echo $gip_fail ? 'escaping self-test FAILED: ' . implode( '; ', $gip_fail ) . "\n" : "escaping self-test: ok ({$gip_count['bad']} expected violations in bad.php found, none in good.php)\n";
	exit( $gip_fail ? 1 : 0 );
}

$gip_files = new RecursiveIteratorIterator( new RecursiveDirectoryIterator( "$gip_root/wordpress/gender-in-practice", FilesystemIterator::SKIP_DOTS ) );
$gip_n     = 0;
$gip_out   = 0;
foreach ( $gip_files as $gip_file ) {
	$gip_rel = substr( $gip_file->getPathname(), strlen( $gip_root ) + 1 );
	if ( 'php' !== $gip_file->getExtension() || preg_match( '~/(languages|tests|escaping-fixtures)/~', $gip_rel ) ) {
		continue;
	}
	++$gip_n;
	list( $gip_found, $gip_count ) = gip_violations( $gip_file->getPathname(), 'class-gip-shortcodes.php' === $gip_file->getFilename() );
	$gip_out += $gip_count;
	foreach ( $gip_found as list( $gip_line, $gip_message ) ) {
		$gip_fail[] = "$gip_rel:$gip_line: $gip_message";
	}
}
sort( $gip_fail, SORT_NATURAL );
echo $gip_fail ? implode( "\n", $gip_fail ) . "\nescaping: " . count( $gip_fail ) . " violation(s)\n" : "escaping: $gip_n PHP files, $gip_out outputs checked, all escaped late\n";
exit( $gip_fail ? 1 : ( $gip_n ? 0 : 1 ) );
